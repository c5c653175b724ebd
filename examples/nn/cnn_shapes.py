"""A small CNN for 8x8 digit images whose classifier size follows from the input size."""
import torch
from torch import nn


def conv_block(c_in, c_out):
    # padding=1 keeps height and width; the pooling halves them.
    return nn.Sequential(nn.Conv2d(c_in, c_out, kernel_size=3, padding=1),
                         nn.ReLU(), nn.MaxPool2d(2))


class SmallCNN(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.features = nn.Sequential(conv_block(1, 8), conv_block(8, 16))
        # 8x8 -> 4x4 -> 2x2, so the flattened size is 16 channels * 2 * 2 = 64.
        self.classifier = nn.Linear(16 * 2 * 2, classes)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SmallCNN()
    # Follow one batch of four 1-channel 8x8 images through every layer.
    x = torch.zeros(4, 1, 8, 8)
    for name, layer in model.features.named_children():
        x = layer(x)
        print(f"after block {name}: {tuple(x.shape)}")
    print("flattened:", tuple(x.flatten(1).shape))
    print("logits:", tuple(model(torch.zeros(4, 1, 8, 8)).shape))

    # Another input size gives another flattened size, and the Linear layer says so.
    try:
        model(torch.zeros(4, 1, 28, 28))
    except RuntimeError as error:
        print("28x28 input:", error)

    # Adaptive pooling fixes the feature map at 2x2 whatever the input size.
    model.features.append(nn.AdaptiveAvgPool2d((2, 2)))
    print("28x28 with adaptive pooling:", tuple(model(torch.zeros(4, 1, 28, 28)).shape))
