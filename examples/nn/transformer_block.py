"""A tiny pre-norm transformer block: causal self-attention, then a feed-forward layer."""
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, dim, heads, hidden):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))

    def forward(self, x):
        # True above the diagonal = "may not look at": each token sees only its past.
        t = x.size(1)
        future = torch.ones(t, t, dtype=torch.bool).triu(1)
        h = self.norm1(x)
        # Residual connections keep the shape (batch, tokens, dim) through the block.
        x = x + self.attn(h, h, h, attn_mask=future, need_weights=False)[0]
        return x + self.ff(self.norm2(x))


if __name__ == "__main__":
    torch.manual_seed(0)
    vocab, dim = 100, 32
    embed = nn.Embedding(vocab, dim)
    blocks = nn.Sequential(Block(dim, heads=4, hidden=64), Block(dim, heads=4, hidden=64))
    head = nn.Linear(dim, vocab)
    model = nn.Sequential(embed, blocks, head).eval()

    tokens = torch.randint(vocab, (2, 10))
    print("tokens:", tuple(tokens.shape))
    print("embedded:", tuple(embed(tokens).shape))
    print("after 2 blocks:", tuple(blocks(embed(tokens)).shape))
    print("next-token logits:", tuple(model(tokens).shape))
    print("parameters:", sum(p.numel() for p in model.parameters()))

    # Causality check: changing the last token must not change earlier outputs.
    changed = tokens.clone()
    changed[:, -1] = (changed[:, -1] + 1) % vocab
    with torch.no_grad():
        a, b = model(tokens), model(changed)
    print("earlier positions unchanged:", torch.allclose(a[:, :-1], b[:, :-1], atol=1e-5))
    print("last position changed:", not torch.allclose(a[:, -1], b[:, -1]))
