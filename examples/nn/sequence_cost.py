"""How time grows with sequence length: a GRU's steps versus attention."""
import time

import torch
import torch.nn.functional as F
from torch import nn

BATCH, DIM = 8, 64
LENGTHS = (256, 512, 1024, 2048)


def best_time(fn, repeats=5):
    # The fastest of a few runs is the least disturbed by other work on
    # the machine.
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def growth(now, before):
    return f" ({now / before:.1f}x)" if before else ""


if __name__ == "__main__":
    # One thread: the times then depend less on how many cores the
    # machine has and on what else keeps them busy.
    torch.set_num_threads(1)
    torch.manual_seed(0)
    rnn = nn.GRU(DIM, DIM, batch_first=True)
    # The counts are exact; the times are measurements and vary. In
    # brackets: how much the time grew when the length doubled.
    print("length  GRU steps  attention scores  GRU time  attention time")
    times = []
    with torch.no_grad():
        for t in LENGTHS:
            x = torch.randn(BATCH, t, DIM)
            # The GRU must finish step i before step i+1: t steps, one
            # after another.
            rnn_s = best_time(lambda: rnn(x))
            # Attention compares all t positions with all t positions at
            # once: t*t scores.
            att_s = best_time(
                lambda: F.scaled_dot_product_attention(x, x, x))
            before = times[-1] if times else (0, 0)
            print(f"{t:>6} {t:>10} {t * t:>17,}  "
                  f"{rnn_s * 1e3:.1f} ms{growth(rnn_s, before[0])}  "
                  f"{att_s * 1e3:.1f} ms{growth(att_s, before[1])}")
            times.append((rnn_s, att_s))

    # The conclusion, over the whole range (8x the length), with a wide
    # margin: attention's time grows much faster than the GRU's.
    rnn_growth = times[-1][0] / times[0][0]
    att_growth = times[-1][1] / times[0][1]
    print("attention's time grew over twice as fast as the GRU's:",
          att_growth > 2 * rnn_growth)
