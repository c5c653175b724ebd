"""A tiny autoencoder squeezes each 64-pixel digit through 8 numbers and back."""
import torch
from torch import nn

from _digits import digits_tensors

if __name__ == "__main__":
    torch.manual_seed(0)
    x_train, x_test, _, _ = digits_tensors()
    x_train, x_test = x_train.flatten(1), x_test.flatten(1)

    # The bottleneck (8 < 64) forces the model to learn a compressed code.
    encoder = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 8))
    decoder = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 64), nn.Sigmoid())
    code = encoder(x_test)
    print("input", tuple(x_test.shape), "-> code", tuple(code.shape),
          "-> reconstruction", tuple(decoder(code).shape))

    # The target is the input itself: no labels are used.
    params = list(encoder.parameters()) + list(decoder.parameters())
    opt = torch.optim.Adam(params, lr=0.01)
    loss_fn = nn.MSELoss()
    for epoch in range(201):
        opt.zero_grad()
        loss = loss_fn(decoder(encoder(x_train)), x_train)
        loss.backward()
        opt.step()
        if epoch % 100 == 0:
            with torch.no_grad():
                test_loss = loss_fn(decoder(encoder(x_test)), x_test).item()
            print(f"epoch {epoch:3}: test reconstruction error {test_loss:.4f}")
