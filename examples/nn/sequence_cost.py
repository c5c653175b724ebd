"""How time grows with sequence length: an RNN's sequential steps versus attention."""
import time

import torch
import torch.nn.functional as F
from torch import nn

BATCH, DIM = 8, 64


def best_time(fn, repeats=5):
    # The fastest of a few runs is the least disturbed by other work on the machine.
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    torch.manual_seed(0)
    rnn = nn.GRU(DIM, DIM, batch_first=True)
    previous = None
    with torch.no_grad():
        for t in (256, 512, 1024, 2048):
            x = torch.randn(BATCH, t, DIM)
            # The GRU must finish step i before step i+1: t steps, one after another.
            rnn_s = best_time(lambda: rnn(x))
            # Attention compares all t positions with all t positions at once: t*t scores.
            att_s = best_time(lambda: F.scaled_dot_product_attention(x, x, x))
            # The counts are exact; the times are measurements and vary from run to run.
            line = (f"length {t}: {t} GRU steps, {t * t:,} attention scores; "
                    f"GRU {rnn_s * 1000:.1f} ms, attention {att_s * 1000:.1f} ms")
            if previous:
                line += (f"  (x2 length: GRU {rnn_s / previous[0]:.1f}x, "
                         f"attention {att_s / previous[1]:.1f}x)")
            print(line)
            previous = (rnn_s, att_s)
