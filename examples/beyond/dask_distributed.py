"""The same workload on Dask distributed: scheduler, workers and Client, all on this machine."""
import logging
import tempfile

import dask
from dask.distributed import Client, LocalCluster, as_completed

from _montecarlo import count_inside, estimate, task_seeds


def local_cluster(scratch):
    # The scheduler, the nannies and the workers each keep a scratch folder, by default
    # dask-scratch-space in the system's temporary folder, where it stays: use ours.
    dask.config.set({"temporary-directory": scratch})
    return LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True,
        host="127.0.0.1",                        # scheduler and workers listen on loopback only
        dashboard_address="127.0.0.1:0",         # scheduler's HTTP endpoint: loopback, any port
        scheduler_kwargs={"dashboard": False},   # ... and no dashboard pages on it
        # Dask logs races in its own shut-down (a heartbeat cut off, a worker killed after
        # 4 s on a busy machine; dask/distributed#7192) as errors and warnings on stderr.
        # Show only critical ones: errors raised by tasks still reach you through futures.
        silence_logs=logging.CRITICAL)


if __name__ == "__main__":
    seeds = task_seeds()
    # The scratch folder is removed after the cluster has stopped.
    with tempfile.TemporaryDirectory() as scratch, local_cluster(scratch) as cluster, \
            Client(cluster) as client:
        print("workers:", len(client.scheduler_info()["workers"]))

        # submit: one call, one Future; result() waits for it.
        first = client.submit(count_inside, seeds[0])
        print("one task:", first.result())

        # map + gather: many calls, results in the order of the seeds.
        futures = client.map(count_inside, seeds)
        counts = client.gather(futures)
        print(f"map + gather    pi ~ {estimate(counts):.6f} from {len(counts)} tasks")

        # as_completed: handle each result as soon as it is ready (order varies, sum does not).
        # Dask treats functions as pure: the same calls get the same keys, so the results
        # held above are reused here. Pass pure=False for calls that must run again.
        counts = [f.result() for f in as_completed(client.map(count_inside, seeds, pure=False))]
        print(f"as_completed    pi ~ {estimate(counts):.6f} from {len(counts)} tasks")
