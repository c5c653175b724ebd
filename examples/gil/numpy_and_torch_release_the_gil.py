"""NumPy and PyTorch kernels release the GIL, so threads can run in parallel."""
import os

import numpy as np
import torch

from _compare import compare

# One thread per kernel: any overlap then comes from our threads, not
# the library's own.
torch.set_num_threads(1)
VECTOR = np.random.default_rng(0).random(2_000_000)
MATRIX = torch.rand(1200, 1200, generator=torch.Generator().manual_seed(0))


def numpy_kernel(_):
    # An element-wise ufunc and a reduction: both loops run in C
    # without the GIL.
    return float(np.sin(VECTOR).sum())


def torch_kernel(_):
    # PyTorch releases the GIL inside its operators (a matrix product).
    return float((MATRIX @ MATRIX).sum())


if __name__ == "__main__":
    # Threads only: processes would each import torch again, which is
    # not the point here.
    results = compare({"numpy sin+sum, 2M floats": numpy_kernel,
                       "torch 1200x1200 matmul": torch_kernel},
                      range(8), processes=False)

    # Given a second CPU, two threads keep both busy. On one CPU the
    # honest result is one CPU busy, and that is what is expected there.
    two_cpus = len(os.sched_getaffinity(0)) >= 2
    print("threads busy on 2 CPUs exactly where 2 are usable, both kernels:",
          all((ways["threads"].busy > 1.4) == two_cpus
              for ways in results.values()))
