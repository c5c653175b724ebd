"""Code at module level runs again in every child under spawn and forkserver, once under fork."""
import multiprocessing as mp

# The mistake: expensive set-up at module level, outside the guard. A child that imports
# this module (spawn, forkserver) repeats it.
print(f"module level ran in {mp.current_process().name}")


def work(n):
    print(f"task {n} done")


if __name__ == "__main__":
    for n in range(2):
        child = mp.Process(target=work, args=(n,), name=f"child-{n}")
        child.start()
        child.join()
    # The fix: put set-up under the guard, or in a function each worker calls once
    # (a Pool initializer), so that it runs exactly where it is meant to.
