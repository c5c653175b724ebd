"""A default process name shows the class that made it and its parent."""
import multiprocessing as mp


def report():
    print("  child's name:", mp.current_process().name)


def report_then_start_a_child():
    report()
    # A child of a child: its number is appended to the parent's.
    grandchild = mp.Process(target=report)
    grandchild.start()
    grandchild.join()


def name_of_this_worker():
    return mp.current_process().name


def run(process):
    process.start()
    process.join()


if __name__ == "__main__":
    # multiprocessing.Process gives Process-N under any start method.
    print("mp.Process, which starts a child of its own:")
    run(mp.Process(target=report_then_start_a_child))

    # A context's Process class names the method. N counts every
    # child this process has created, of whatever kind.
    for method in ["fork", "spawn", "forkserver"]:
        print(f'get_context("{method}").Process:')
        run(mp.get_context(method).Process(target=report))

    # A pool's workers are named after the default start method.
    print(f"Pool, default start method {mp.get_start_method()}:")
    with mp.Pool(1) as pool:
        print("  worker's name:", pool.apply(name_of_this_worker))
