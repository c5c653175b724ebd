"""A one-dimensional GAN: G learns to draw numbers like the data."""
import torch
from torch import nn

MEAN, STD, NOISE, BATCH = 4.0, 1.25, 4, 128


def real_batch(gen):
    return MEAN + STD * torch.randn(BATCH, 1, generator=gen)


def stats(g, gen):
    with torch.no_grad():
        s = g(torch.randn(2000, NOISE, generator=gen))
    return s.mean().item(), s.std().item()


def adam(model):
    return torch.optim.Adam(model.parameters(), lr=2e-3,
                            betas=(0.5, 0.99))


if __name__ == "__main__":
    torch.manual_seed(0)
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(0)
    g = nn.Sequential(nn.Linear(NOISE, 16), nn.ReLU(),
                      nn.Linear(16, 1))
    # D outputs a logit: BCEWithLogitsLoss applies the sigmoid.
    d = nn.Sequential(nn.Linear(1, 16), nn.LeakyReLU(0.2),
                      nn.Linear(16, 1))
    loss = nn.BCEWithLogitsLoss()
    opt_g, opt_d = adam(g), adam(d)
    real_label = torch.ones(BATCH, 1)
    fake_label = torch.zeros(BATCH, 1)
    print(f"data:      mean {MEAN:5.2f}  std {STD:4.2f}")
    for step in range(2001):
        if step % 500 == 0:
            mean, std = stats(g, gen)
            print(f"step {step:4}: mean {mean:5.2f}  "
                  f"std {std:4.2f}")
        # One step of D: real samples are 1, G's samples are 0.
        fake = g(torch.randn(BATCH, NOISE, generator=gen))
        d_loss = (loss(d(real_batch(gen)), real_label)
                  + loss(d(fake.detach()), fake_label))
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
        # One step of G (k = 1): make D call its samples real.
        g_loss = loss(d(fake), real_label)
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
    # Not a steady descent: the two players keep moving each other.
    print("close to the data at the end:",
          abs(mean - MEAN) < 0.5 and abs(std - STD) < 0.5)
