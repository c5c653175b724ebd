"""Additive (Bahdanau) attention: a decoder state scores every encoder output."""
import torch
from torch import nn


class AdditiveAttention(nn.Module):
    def __init__(self, enc_dim, dec_dim, att_dim):
        super().__init__()
        self.w_enc = nn.Linear(enc_dim, att_dim, bias=False)
        self.w_dec = nn.Linear(dec_dim, att_dim, bias=False)
        self.v = nn.Linear(att_dim, 1, bias=False)

    def forward(self, dec_state, enc_out, pad_mask):
        # score_t = v . tanh(W_enc h_t + W_dec s): one number per encoder step.
        scores = self.v(torch.tanh(self.w_enc(enc_out) + self.w_dec(dec_state)[:, None]))
        scores = scores.squeeze(-1).masked_fill(pad_mask, float("-inf"))
        weights = scores.softmax(dim=-1)
        # The context is the weighted sum of the encoder outputs.
        return torch.bmm(weights[:, None], enc_out).squeeze(1), weights


if __name__ == "__main__":
    torch.manual_seed(0)
    # A bidirectional GRU encoder gives 2 * 8 features per step.
    encoder = nn.GRU(5, 8, batch_first=True, bidirectional=True)
    enc_out, _ = encoder(torch.randn(2, 6, 5))
    # The second sequence is only 4 steps long: its last 2 steps are padding.
    pad_mask = torch.tensor([[False] * 6, [False] * 4 + [True] * 2])
    attention = AdditiveAttention(enc_dim=16, dec_dim=10, att_dim=12)
    context, weights = attention(torch.randn(2, 10), enc_out, pad_mask)
    print("encoder outputs:", tuple(enc_out.shape))
    print("weights:", tuple(weights.shape), "context:", tuple(context.shape))
    print("weights sum to 1:", torch.allclose(weights.sum(-1), torch.ones(2)))
    print("padding gets weight 0:", weights[1, 4:].tolist())
