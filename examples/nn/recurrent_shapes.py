"""The real layout of the outputs and hidden states of nn.RNN, nn.LSTM and nn.GRU."""
import torch
from torch import nn

BATCH, STEPS, FEATURES, HIDDEN, LAYERS = 4, 7, 5, 6, 2

if __name__ == "__main__":
    torch.manual_seed(0)
    # batch_first=True changes the layout of the input and output only, not of h_n / c_n.
    x = torch.randn(BATCH, STEPS, FEATURES)
    for cls in (nn.RNN, nn.GRU, nn.LSTM):
        for bidirectional in (False, True):
            layer = cls(FEATURES, HIDDEN, num_layers=LAYERS, batch_first=True,
                        bidirectional=bidirectional)
            output, state = layer(x)
            # The LSTM returns (h_n, c_n); the RNN and the GRU return h_n alone.
            h_n = state[0] if cls is nn.LSTM else state
            extra = f" c_n {tuple(state[1].shape)}" if cls is nn.LSTM else ""
            print(f"{cls.__name__:4} bidirectional={bidirectional!s:5} "
                  f"output {tuple(output.shape)} h_n {tuple(h_n.shape)}{extra}")

    # output holds the top layer at every step; h_n holds every layer at the last step.
    # Forward direction: its last step is output[:, -1]. Backward direction: it ends at
    # step 0, so its final state is output[:, 0], in the second half of the features.
    last = h_n.view(LAYERS, 2, BATCH, HIDDEN)[-1]
    print("forward  h_n == output[:, -1, :H]:", torch.equal(last[0], output[:, -1, :HIDDEN]))
    print("backward h_n == output[:, 0, H:]: ", torch.equal(last[1], output[:, 0, HIDDEN:]))
