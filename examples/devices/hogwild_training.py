"""Hogwild: processes train one shared model at once, unlocked."""
import torch
import torch.multiprocessing as mp
from torch import nn

PROCESSES, STEPS, LR = 2, 300, 0.05


def make_data():
    # y = x @ w + a little noise: learning it ends near zero loss.
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(512, 8, generator=gen)
    w = torch.randn(8, 1, generator=gen)
    return x, x @ w + 0.01 * torch.randn(512, 1, generator=gen)


def mse(model, x, y):
    return nn.functional.mse_loss(model(x), y)


def train(rank, model):
    torch.set_num_threads(1)  # one thread each: no oversubscribing
    torch.manual_seed(rank)  # each draws minibatches of its own
    x, y = make_data()
    x, y = x[rank::PROCESSES], y[rank::PROCESSES]  # its own shard
    for _ in range(STEPS):
        pick = torch.randint(0, len(x), (16,))
        model.zero_grad()
        # .grad belongs to this process; the weights are shared.
        mse(model, x[pick], y[pick]).backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= LR * p.grad  # straight into shared memory


if __name__ == "__main__":
    torch.manual_seed(0)
    model = nn.Linear(8, 1)
    # Weights to shared memory before the processes start.
    model.share_memory()
    x, y = make_data()
    with torch.no_grad():
        before = mse(model, x, y).item()
    workers = [mp.Process(target=train, args=(r, model))
               for r in range(PROCESSES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    with torch.no_grad():
        after = mse(model, x, y).item()
    print(f"loss before: {before:.3f}")
    print("exit codes:", [w.exitcode for w in workers])
    print("loss after, below 1% of before:", after < before / 100)
    print("the parent's .grad is still None:",
          model.weight.grad is None)
