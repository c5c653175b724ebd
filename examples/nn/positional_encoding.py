"""Attention alone ignores order; adding positional encodings makes position count."""
import math

import torch
import torch.nn.functional as F


def sinusoidal(positions, dim):
    # Even features get sin, odd get cos, at wavelengths from 2*pi to 10000*2*pi.
    pos = torch.arange(positions, dtype=torch.float32)[:, None]
    freq = torch.exp(torch.arange(0, dim, 2) * (-math.log(10000.0) / dim))
    table = torch.zeros(positions, dim)
    table[:, 0::2] = torch.sin(pos * freq)
    table[:, 1::2] = torch.cos(pos * freq)
    return table


def self_attention(x):
    return F.scaled_dot_product_attention(x, x, x)


if __name__ == "__main__":
    torch.manual_seed(0)
    x = torch.randn(1, 6, 8)            # one sequence of 6 tokens, 8 features each
    order = torch.tensor([5, 3, 0, 1, 4, 2])
    shuffled = x[:, order]

    # Without positions, shuffling the tokens only shuffles the outputs the same way.
    same = torch.allclose(self_attention(shuffled), self_attention(x)[:, order], atol=1e-6)
    print("no positions, shuffled output == shuffled input's output:", same)

    # Positions are tied to slots, not to tokens, so the shuffle now changes the result.
    pe = sinusoidal(6, 8)
    print("encoding table:", tuple(pe.shape))
    same = torch.allclose(self_attention(shuffled + pe), self_attention(x + pe)[:, order],
                          atol=1e-6)
    print("with positions, shuffled output == shuffled input's output:", same)

    # A learned alternative: one trainable vector per position.
    learned = torch.nn.Embedding(num_embeddings=512, embedding_dim=8)
    print("learned positions for 6 tokens:", tuple(learned(torch.arange(6)).shape))
