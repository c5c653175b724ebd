"""Why G is trained to maximise log D(G(z)): the gradient stays."""
import torch
import torch.nn.functional as F

bce = F.binary_cross_entropy_with_logits
FAKE, REAL = torch.tensor(0.0), torch.tensor(1.0)


def saturating(logit):
    # The minimax game: G minimises log(1 - D(G(z))), which is minus
    # the BCE of "fake", written with logits so it stays finite.
    return -bce(logit, FAKE)


def non_saturating(logit):
    # The replacement: G maximises log D(G(z)), so it minimises the
    # BCE of "real" on its own samples.
    return bce(logit, REAL)


def grad_wrt_logit(loss_fn, logit):
    x = torch.tensor(logit, requires_grad=True)
    loss_fn(x).backward()
    return x.grad.item()


if __name__ == "__main__":
    # Early in training D rejects G's samples with confidence: a
    # very negative logit, D(G(z)) near 0. What gradient reaches G?
    print("D's logit  D(G(z))   d loss / d logit:")
    print(" " * 20 + "saturating  non-saturating")
    for logit in (-10.0, -5.0, 0.0, 5.0):
        d = torch.sigmoid(torch.tensor(logit)).item()
        g_sat = grad_wrt_logit(saturating, logit)
        g_non = grad_wrt_logit(non_saturating, logit)
        print(f"{logit:9.0f}  {d:8.2e}  {g_sat:10.2e}"
              f"  {g_non:14.2e}")
