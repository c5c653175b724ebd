"""ViT input: 16x16 patches, a [class] token, learned positions."""
import torch
import torch.nn.functional as F
from torch import nn

PATCH, DIM = 16, 64

if __name__ == "__main__":
    torch.manual_seed(0)
    image = torch.randn(1, 3, 224, 224)  # batch, channels, H, W

    # A convolution with kernel and stride equal to the patch size
    # is a linear projection of each flattened 16x16x3 patch.
    embed = nn.Conv2d(3, DIM, kernel_size=PATCH, stride=PATCH)
    grid = embed(image)
    tokens = grid.flatten(2).transpose(1, 2)
    print("image", tuple(image.shape), "-> grid", tuple(grid.shape))
    print("-> patch tokens", tuple(tokens.shape))

    # The same thing by hand: cut, flatten, multiply by one matrix.
    patches = F.unfold(image, PATCH, stride=PATCH).transpose(1, 2)
    by_hand = patches @ embed.weight.view(DIM, -1).T + embed.bias
    same = torch.allclose(by_hand, tokens, atol=1e-4)
    print("flattened patches", tuple(patches.shape),
          "match the conv:", same)

    # Prepend a learned [class] token (its final state sums up the
    # image), then add one learned position vector per slot.
    cls = nn.Parameter(torch.zeros(1, 1, DIM))
    pos = nn.Parameter(torch.randn(1, 1 + 14 * 14, DIM) * 0.02)
    x = torch.cat([cls.expand(len(image), -1, -1), tokens], 1) + pos
    print("with [class] and positions", tuple(x.shape))

    # At 384x384 the patch size stays 16: more patches, a longer
    # sequence, so the 14x14 grid of learned positions is resized
    # by 2-D interpolation to the new 24x24 grid.
    side = 384 // PATCH
    old = pos[:, 1:].reshape(1, 14, 14, DIM).permute(0, 3, 1, 2)
    resized = F.interpolate(old, size=(side, side), mode="bilinear")
    new_pos = torch.cat(
        [pos[:, :1], resized.flatten(2).transpose(1, 2)], 1)
    print(f"384x384: {side * side} patches, positions",
          tuple(new_pos.shape))
