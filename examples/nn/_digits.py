"""Helper: scikit-learn's bundled 8x8 digits as tensors, and a seeded training loop."""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn


def digits_tensors():
    # 1797 images ship inside scikit-learn: nothing is downloaded. Pixels are 0..16.
    images, labels = load_digits(return_X_y=True)
    x = torch.tensor(images, dtype=torch.float32).view(-1, 1, 8, 8) / 16.0
    y = torch.tensor(labels)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


def train_and_score(model, lr, epochs, batch=64, seed=0):
    """Train with Adam for a fixed number of epochs; return test accuracy in percent."""
    x_train, x_test, y_train, y_test = digits_tensors()
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(x_train), generator=gen).split(batch):
            opt.zero_grad()
            loss_fn(model(x_train[idx]), y_train[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        correct = (model(x_test).argmax(1) == y_test).sum().item()
    return 100.0 * correct / len(y_test)
