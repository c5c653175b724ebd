"""torchrun starts one process per device, its rank in the env."""
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import torch

SCRIPT = Path(__file__).with_name("_torchrun_worker.py")

if __name__ == "__main__":
    print("torch", torch.__version__)
    with tempfile.TemporaryDirectory() as tmp:
        # Usually: torchrun --standalone --nproc-per-node=2 train.py
        # whose store listens on every interface. Here the agent's
        # rendezvous and the ranks meet through files instead.
        command = [sys.executable, "-m", "torch.distributed.run",
                   "--nnodes=1", "--nproc-per-node=2",
                   "--rdzv-backend=c10d",
                   f"--rdzv-endpoint={tmp}/rdzv",
                   "--rdzv-conf=store_type=file",
                   str(SCRIPT), f"{tmp}/store"]
        env = dict(os.environ, GLOO_SOCKET_IFNAME="lo",
                   TORCH_DISABLE_SHARE_RDZV_TCP_STORE="1")
        # A session of its own: a hang is ended with every rank.
        run = subprocess.Popen(command, env=env, text=True,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE,
                               start_new_session=True)
        try:
            out, err = run.communicate(timeout=200)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            out, err = run.communicate()
    print(out.rstrip())
    for line in err.splitlines():
        if "OMP_NUM_THREADS" in line:  # torchrun's notice (stderr)
            print(textwrap.fill(line.strip(), 68))
    print("torchrun exit code:", run.returncode)
