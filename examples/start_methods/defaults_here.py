"""Ask this interpreter which start methods it has and which is the default."""
import multiprocessing as mp
import subprocess
import sys

# A fresh interpreter started with -I ignores PYTHON* environment variables,
# so nothing outside it (such as this guide's test harness) can change its
# default start method.
ASK_DEFAULT = "import multiprocessing as mp; print(mp.get_start_method())"

if __name__ == "__main__":
    # major.minor only: the default depends on it, not on the patch release.
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}",
          "on", sys.platform)

    # Every method this platform has; the docs say the first is the default.
    print("available:", mp.get_all_start_methods())

    # allow_none=True peeks without fixing anything: None is "not chosen yet".
    print("chosen so far:", mp.get_start_method(allow_none=True))

    clean = subprocess.run([sys.executable, "-I", "-c", ASK_DEFAULT],
                           capture_output=True, text=True, check=True)
    print("default of a clean interpreter:", clean.stdout.strip())
