"""From 3.13 PYTHON_CPU_COUNT and -X cpu_count set the CPU count."""
import os
import subprocess
import sys

# A fresh interpreter for each case: the setting is read at start.
REPORT = ("import os; f = getattr(os, 'process_cpu_count', None);"
          " print(os.cpu_count(), f() if f else 'n/a')")


def report(label, options=(), **env):
    clean = {k: v for k, v in os.environ.items()
             if k != "PYTHON_CPU_COUNT"}
    command = [sys.executable, *options, "-c", REPORT]
    result = subprocess.run(command, env={**clean, **env},
                            capture_output=True, text=True)
    result.check_returncode()
    machine, usable = result.stdout.split()
    # The machine's own counts are not printed, only their source.
    machine = machine if machine == "3" else "all CPUs"
    usable = usable if usable in ("3", "n/a") else "usable CPUs"
    print(f"{label:27}{machine:>12}{usable:>22}")


if __name__ == "__main__":
    print(f"{'os.':27}{'cpu_count()':>12}{'process_cpu_count()':>22}")
    report("default")
    # The variable also reaches every child started later.
    report("PYTHON_CPU_COUNT=3", PYTHON_CPU_COUNT="3")
    report("-X cpu_count=3", ["-X", "cpu_count=3"])
    # -X cpu_count=default ignores the variable, in one interpreter.
    report("env + -X cpu_count=default",
           ["-X", "cpu_count=default"], PYTHON_CPU_COUNT="3")
