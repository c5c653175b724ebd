"""Pretraining in small: a tiny causal LM learns the next letter."""
import math

import torch
import torch.nn.functional as F
from torch import nn

TEXT = "the cat sat on the mat. the dog sat on the log. " * 4
CONTEXT = 24


class TinyLM(nn.Module):
    """Embeddings, one causal attention layer, an output head."""

    def __init__(self, vocab, dim=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.pos = nn.Embedding(CONTEXT, dim)  # learned positions
        self.qkv = nn.Linear(dim, 3 * dim, bias=False)
        self.head = nn.Linear(dim, vocab)

    def forward(self, ids):
        t = ids.size(1)
        x = self.tok(ids) + self.pos(torch.arange(t))
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        scores = q @ k.transpose(1, 2) / math.sqrt(q.size(-1))
        # The causal mask: position i sees positions 0..i only,
        # so it cannot peek at the token it has to predict.
        future = torch.ones(t, t, dtype=torch.bool).triu(1)
        scores = scores.masked_fill(future, float("-inf"))
        return self.head(x + scores.softmax(-1) @ v)


def decode(chars, row):
    return "".join(chars[i] for i in row)


if __name__ == "__main__":
    torch.manual_seed(0)
    torch.set_num_threads(1)  # same arithmetic order every run
    chars = sorted(set(TEXT))
    ids = torch.tensor([chars.index(c) for c in TEXT])
    # Every window of CONTEXT + 1 characters is one example: the
    # target is the input shifted left by one position.
    windows = ids.unfold(0, CONTEXT + 1, 1)
    inputs, targets = windows[:, :-1], windows[:, 1:]
    print("input :", repr(decode(chars, inputs[0])))
    print("target:", repr(decode(chars, targets[0])))

    model = TinyLM(len(chars))
    n_params = sum(p.numel() for p in model.parameters())
    print(f"vocabulary {len(chars)}, parameters {n_params}")
    print(f"a uniform guess scores ln({len(chars)}) = "
          f"{math.log(len(chars)):.3f}")

    # Next-token cross-entropy, averaged over every position.
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    losses = []
    for step in range(201):
        logits = model(inputs)
        loss = F.cross_entropy(logits.reshape(-1, len(chars)),
                               targets.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
        if step % 50 == 0:
            print(f"step {step:3}: loss {loss.item():.3f}")
    print("loss went down:", losses[-1] < losses[0] / 4)

    # Generation is one token at a time: each step feeds the last
    # CONTEXT characters back in and takes the most likely next one.
    out = [chars.index(c) for c in "the d"]
    with torch.no_grad():
        for _ in range(19):
            window = torch.tensor([out[-CONTEXT:]])
            out.append(model(window)[0, -1].argmax().item())
    print("greedy from 'the d':", repr(decode(chars, out)))
