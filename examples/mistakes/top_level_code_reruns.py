"""Module-level code runs again in each process that imports it."""
import multiprocessing as mp

# The mistake: expensive set-up at module level, outside the guard.
# Every process that imports this file as a module repeats it.
print("module level ran as", __name__, "in",
      mp.current_process().name)


def work(n):
    print(f"task {n} done")


if __name__ == "__main__":
    for n in range(3):
        child = mp.Process(target=work, args=(n,),
                           name=f"child-{n}")
        child.start()
        child.join()
    # The fix: set-up under the guard, or in a function each worker
    # calls once (a Pool initializer), so it runs where it should.
