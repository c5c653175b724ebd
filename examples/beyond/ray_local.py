"""The same workload on Ray: its Pool as a drop-in, then remote tasks and an actor."""
import logging
import os
import secrets
import shutil
import tempfile

# --8<-- [start:setup]
# Ray reads these when it is imported and when it starts its processes, so set them first.
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"       # no usage report
os.environ["RAY_AUTH_MODE"] = "token"             # every RPC must carry the cluster's token...
os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)  # ...a fresh one, never written to ~/.ray
# Without this, Ray replaces 127.0.0.1 by the machine's network address and listens there.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

import ray  # noqa: E402

from _montecarlo import count_inside, estimate, task_seeds  # noqa: E402


def start_local_ray(temp_dir):
    ray.init(address="local",                  # start a new single-machine Ray, never join one
             num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             _temp_dir=temp_dir,               # sockets, logs and spill files go here
             logging_level=logging.WARNING)    # no "Started a local Ray instance" line
# --8<-- [end:setup]


# --8<-- [start:remote]
@ray.remote
def remote_count(seed):
    return count_inside(seed)


@ray.remote
class Tally:
    """An actor: one process that keeps state between calls and runs them one at a time."""

    def __init__(self):
        self.counts = []

    def add(self, count):
        self.counts.append(count)

    def estimate(self):
        return len(self.counts), estimate(self.counts)
# --8<-- [end:remote]


if __name__ == "__main__":
    temp_dir = tempfile.mkdtemp(prefix="ray-")
    try:
        start_local_ray(temp_dir)
        seeds = task_seeds()
        # --8<-- [start:pool]
        # ray.util.multiprocessing.Pool has multiprocessing.Pool's methods; its workers are
        # Ray actors, on this machine or anywhere in the cluster.
        from ray.util.multiprocessing import Pool
        pool = Pool(processes=2)
        counts = pool.map(count_inside, seeds)
        # Leaving a `with Pool()` block calls terminate(), which kills the actors while
        # they stop, and Ray reports a worker that "died unexpectedly". close() + join()
        # let them finish and exit.
        pool.close()
        pool.join()
        print(f"ray Pool        pi ~ {estimate(counts):.6f} from {len(counts)} tasks")
        # --8<-- [end:pool]

        # --8<-- [start:tasks]
        # .remote() returns an ObjectRef at once; ray.get waits for the values, in order.
        refs = [remote_count.remote(seed) for seed in seeds]
        counts = ray.get(refs)
        print(f"ray tasks       pi ~ {estimate(counts):.6f} from {len(counts)} tasks")

        # An ObjectRef can be passed on unresolved: Ray hands the value to the actor when
        # it is ready, and runs one caller's calls to an actor in the order they were made.
        tally = Tally.remote()
        for ref in refs:
            tally.add.remote(ref)
        tasks, pi = ray.get(tally.estimate.remote())
        print(f"ray actor       pi ~ {pi:.6f} from {tasks} tasks")
        # --8<-- [end:tasks]
    finally:
        # shutdown stops every process this Ray started; then the folder can go.
        ray.shutdown()
        shutil.rmtree(temp_dir, ignore_errors=True)
