"""Cost against length: attention grows as n squared, a GRU as n."""
import time

import torch
import torch.nn.functional as F
from torch import nn

BATCH, DIM = 4, 64
LENGTHS = (256, 512, 1024, 2048)


def best_time(fn, repeats=3):
    # The fastest of a few runs is the least disturbed by others.
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    torch.manual_seed(0)
    torch.set_num_threads(1)
    gru = nn.GRU(DIM, DIM, batch_first=True)
    print("length  scores MiB  GRU state KiB  attention  GRU")
    rows = []
    with torch.no_grad():
        for n in LENGTHS:
            x = torch.randn(BATCH, n, DIM)
            # Plain attention builds an n x n score matrix per
            # sequence: its size is exact, not a measurement.
            scores = x @ x.transpose(1, 2)
            s_bytes = scores.numel() * scores.element_size()
            # A GRU carries one hidden state from step to step,
            # whatever n is, but needs n steps one after another.
            _, h = gru(x)
            h_bytes = h.numel() * h.element_size()
            att = best_time(
                lambda: F.scaled_dot_product_attention(x, x, x))
            rnn = best_time(lambda: gru(x))
            rows.append((s_bytes, h_bytes, att, rnn))
            print(f"{n:6}  {s_bytes / 2**20:10.0f}"
                  f"  {h_bytes / 2**10:13.0f}"
                  f"  {att * 1e3:6.1f} ms  {rnn * 1e3:5.1f} ms")

    pairs = list(zip(rows, rows[1:]))
    print("doubling n quadruples the scores:",
          all(b[0] == 4 * a[0] for a, b in pairs))
    print("the GRU state stays the same size:",
          all(b[1] == a[1] for a, b in pairs))
    # Times vary: compare growth over the whole 8x range with a
    # wide margin (about 64x against about 8x on a quiet machine).
    att_growth = rows[-1][2] / rows[0][2]
    rnn_growth = rows[-1][3] / rows[0][3]
    print("attention's time grew over twice as fast as the GRU's:",
          att_growth > 2 * rnn_growth)
