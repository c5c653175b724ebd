"""Large logits break sigmoid + BCELoss, not BCEWithLogitsLoss."""
import torch
from torch import nn


def loss_and_grad(loss_fn, logit, through_sigmoid):
    x = torch.tensor([logit], requires_grad=True)
    inp = torch.sigmoid(x) if through_sigmoid else x
    loss = loss_fn(inp, torch.zeros(1))  # target 0: "fake"
    loss.backward()
    return loss.item(), x.grad.item()


if __name__ == "__main__":
    # A classifier that is sure (logit x) and wrong (target 0). The
    # true loss is -log(1 - sigmoid(x)) = log(1 + e^x), about x, and
    # its gradient with respect to x is sigmoid(x), about 1.
    print(" " * 22 + "loss" + " " * 14 + "d loss / d logit")
    print("logit  sigmoid   BCELoss  BCEWithLogits"
          "  BCELoss  BCEWithLogits")
    for logit in (5.0, 20.0, 50.0, 200.0):
        # float32 rounds sigmoid(x) to exactly 1.0 from x = 16.7 on,
        # so log(1 - p) is log(0); BCELoss clamps the log at -100.
        p = torch.sigmoid(torch.tensor(logit)).item()
        plain, g1 = loss_and_grad(nn.BCELoss(), logit, True)
        stable, g2 = loss_and_grad(
            nn.BCEWithLogitsLoss(), logit, False)
        print(f"{logit:5.0f}  {p:.6f}  {plain:8.3f}  {stable:13.3f}"
              f"  {g1:7.3f}  {g2:13.3f}")

    # Written out by hand the same loss is inf, its gradient nan.
    x = torch.tensor([50.0], requires_grad=True)
    raw = -torch.log(1 - torch.sigmoid(x))
    raw.backward()
    print("by hand at logit 50: loss", raw.item(),
          "gradient", x.grad.item())
