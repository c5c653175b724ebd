"""Scaled dot-product and multi-head attention by hand, checked against PyTorch's own."""
import math

import torch
import torch.nn.functional as F
from torch import nn


def attention(q, k, v, causal=False):
    # softmax(Q K^T / sqrt(d)) V, with future positions hidden when causal.
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if causal:
        t = scores.size(-1)
        future = torch.ones(t, t, dtype=torch.bool).triu(1)
        scores = scores.masked_fill(future, float("-inf"))
    return scores.softmax(dim=-1) @ v


def multi_head(x, mha):
    # Reuse the weights of nn.MultiheadAttention: one projection, split into heads.
    b, t, e = x.shape
    h = mha.num_heads
    q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)
    # (b, t, e) -> (b, h, t, e/h): each head attends over its own slice of features.
    q, k, v = (z.view(b, t, h, e // h).transpose(1, 2) for z in (q, k, v))
    out = attention(q, k, v)
    print("  per-head output:", tuple(out.shape))
    return mha.out_proj(out.transpose(1, 2).reshape(b, t, e))


if __name__ == "__main__":
    torch.manual_seed(0)
    q, k, v = torch.randn(3, 2, 5, 8).unbind(0)  # batch 2, 5 positions, 8 features
    for causal in (False, True):
        ours = attention(q, k, v, causal)
        theirs = F.scaled_dot_product_attention(q, k, v, is_causal=causal)
        print(f"causal={causal}: {tuple(ours.shape)} matches SDPA:",
              torch.allclose(ours, theirs, atol=1e-6))

    x = torch.randn(2, 5, 16)
    mha = nn.MultiheadAttention(embed_dim=16, num_heads=4, batch_first=True)
    print("multi-head, 4 heads of 4 features:")
    ours = multi_head(x, mha)
    theirs, _ = mha(x, x, x, need_weights=False)
    print("  output:", tuple(ours.shape), "matches nn.MultiheadAttention:",
          torch.allclose(ours, theirs, atol=1e-6))
