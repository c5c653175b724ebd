"""Cost against image size: a conv grows with pixels, ViT faster."""
import time

import torch
from torch import nn

BATCH, CHANNELS, PATCH = 4, 16, 16
SIDES = (128, 256, 512)


def best_time(fn, repeats=3):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    torch.manual_seed(0)
    torch.set_num_threads(1)
    conv = nn.Conv2d(CHANNELS, CHANNELS, kernel_size=3, padding=1)
    params = sum(p.numel() for p in conv.parameters())
    print(f"conv 3x3, {CHANNELS} -> {CHANNELS} channels, "
          f"{params} parameters at every size")
    print(" side  conv MACs  ViT tokens  ViT scores  conv time")
    rows = []
    with torch.no_grad():
        for side in SIDES:
            x = torch.randn(BATCH, CHANNELS, side, side)
            out = conv(x)
            # Each output value is one 3x3xC dot product: the work
            # is proportional to the number of pixels.
            macs = out[0].numel() * CHANNELS * 3 * 3
            # A ViT turns the image into (side/16)^2 patch tokens,
            # and attention compares every token with every other.
            tokens = (side // PATCH) ** 2
            seconds = best_time(lambda: conv(x))
            rows.append((macs, tokens ** 2, seconds))
            print(f"{side:5}  {macs / 1e6:7.0f} M  {tokens:10}"
                  f"  {tokens ** 2:10,}  {seconds * 1e3:6.1f} ms")

    pairs = list(zip(rows, rows[1:]))
    conv_x4 = all(b[0] == 4 * a[0] for a, b in pairs)
    vit_x16 = all(b[1] == 16 * a[1] for a, b in pairs)
    print("doubling the side: conv work x4:", conv_x4,
          "| ViT scores x16:", vit_x16)
    # Over the range the pixels grew 16x and ViT's scores 256x. The
    # conv's time follows the pixels (caches make it a little worse
    # on big images); the margins are wide for a busy machine.
    growth = rows[-1][2] / rows[0][2]
    print("conv time grew, but far less than ViT's scores:",
          4 < growth < 256 / 2)
