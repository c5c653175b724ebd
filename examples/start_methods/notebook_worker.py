"""Run a real notebook whose worker is defined in a cell, per start method."""
import subprocess
from pathlib import Path

import nbformat
from nbclient import NotebookClient

CELLS = [
    # 1. Which interpreter runs the kernel.
    "import sys, multiprocessing as mp\n"
    "print('kernel:', sys.executable)",
    # 2. A worker defined interactively lives in the kernel's __main__ only.
    "def square(x):\n"
    "    return x * x",
    # 3. Children started by spawn or forkserver cannot find it.
    "for method in ['fork', 'spawn', 'forkserver']:\n"
    "    with mp.get_context(method).Pool(1) as pool:\n"
    "        result = pool.map_async(square, [1, 2, 3])\n"
    "        try:\n"
    "            print(method, result.get(timeout=2))\n"
    "        except mp.TimeoutError:\n"
    "            print(method, 'no result after 2 s')",
    # 4. Fix one: import the worker from a module.
    "from _nb_workers import square as square_from_module\n"
    "with mp.get_context('spawn').Pool(1) as pool:\n"
    "    print('module worker, spawn:',\n"
    "          pool.map(square_from_module, [1, 2, 3]))",
    # 5. Fix two: the multiprocess package pickles the function by value.
    "import multiprocess\n"
    "with multiprocess.get_context('spawn').Pool(1) as pool:\n"
    "    print('multiprocess, spawn:', pool.map(square, [1, 2, 3]))",
]

if __name__ == "__main__":
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(code) for code in CELLS])
    # The kernel runs in this folder (so _nb_workers is importable), on the
    # interpreter running this script; execute() shuts it down at the end.
    here = str(Path(__file__).parent)
    client = NotebookClient(notebook, timeout=60, kernel_name="python3",
                            resources={"metadata": {"path": here}})
    # The kernel's own log would go to the terminal that runs Jupyter.
    client.execute(stderr=subprocess.DEVNULL)

    # Print what the notebook shows. Each dead worker's traceback lands in
    # the cell's stderr, a varying number of times: keep the last line.
    for number, cell in enumerate(notebook.cells, 1):
        errors = set()
        for output in cell.outputs:
            lines = output.get("text", "").splitlines()
            if output.get("name") == "stderr":
                errors.update(line for line in lines
                              if line.startswith("AttributeError"))
            else:
                for line in lines:
                    print(f"[{number}] {line}")
        for line in sorted(errors):
            print(f"[{number}] stderr, once per worker started: {line}")
