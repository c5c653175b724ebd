"""Autoencoders need a bottleneck or a regulariser to learn much."""
import torch
from sklearn.datasets import load_digits
from torch import nn

NOISE = 0.3


def train(code_size, denoise, data):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, code_size), nn.ReLU(),
                          nn.Linear(code_size, 64))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(300):
        # The target is always the clean input. A denoising
        # autoencoder sees a corrupted copy and must undo it.
        noisy = data + NOISE * torch.randn(data.shape)
        out = model(noisy if denoise else data)
        loss = ((out - data) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def error(output, target):
    return ((output - target) ** 2).mean().item()


if __name__ == "__main__":
    torch.set_num_threads(1)
    # 8x8 digits that ship with scikit-learn, pixels scaled to 0..1.
    pixels, _ = load_digits(return_X_y=True)
    x = torch.tensor(pixels, dtype=torch.float32) / 16
    x_train, x_test = x[:1400], x[1400:]
    gen = torch.Generator().manual_seed(1)
    noise = NOISE * torch.randn(x_test.shape, generator=gen)
    noisy = x_test + noise
    print("error of a noisy test digit against the clean one:",
          f"{error(noisy, x_test):.4f}")

    print("model              code  clean -> clean  noisy -> clean")
    results = {}
    for name, size, denoise in (("bottleneck", 8, False),
                                ("wide", 256, False),
                                ("wide, denoising", 256, True)):
        model = train(size, denoise, x_train)
        with torch.no_grad():
            clean = error(model(x_test), x_test)
            fixed = error(model(noisy), x_test)
        results[name] = clean, fixed
        print(f"{name:17} {size:5}  {clean:14.4f}  {fixed:14.4f}")

    # Wider than its input and unregularised, it copies best and
    # cleans least: it passes the noise through with the digit.
    wide, neck = results["wide"], results["bottleneck"]
    print("wide copies best:", wide[0] < neck[0])
    print("wide removes the least noise:",
          wide[1] == max(f for _, f in results.values()))
