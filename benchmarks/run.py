"""Run the benchmarks, write benchmarks/results.json, then redraw the plots and tables.

    python3 dev.py bench            all benchmarks, full size (a few minutes on 2 cores);
                                    rewrites benchmarks/results.json and
                                    docs/generated/performance/
    python3 dev.py bench --quick    all benchmarks, tiny sizes, into a temporary folder
                                    (the committed data and figures are left alone)
    benchmarks/run.py --only NAME   one benchmark (repeatable), into a temporary folder:
                                    the committed data is always one whole run
    benchmarks/run.py --render      no measuring: redraw the figures from the data file

Run it on a quiet machine: every other busy process shows up in the numbers.
"""
from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "results.json"
GENERATED = ROOT / "docs" / "generated" / "performance"

sys.path.insert(0, str(HERE))
import suite  # noqa: E402  (after the path is set; cheap: standard library only)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def usable_cpus() -> int:
    """CPUs this process may run on (affinity), which can be fewer than os.cpu_count()."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def version_of(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict:
    return {
        "cpu_model": cpu_model(),
        "logical_cpus": os.cpu_count(),
        "usable_cpus": usable_cpus(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "start_method": multiprocessing.get_start_method(),
        "torch": version_of("torch"),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def load_average() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def measure(names: list[str], quick: bool) -> dict:
    config = suite.Config(quick=quick, cores=usable_cpus())
    results = {}
    for name in names:
        print(f"{name} ...", end=" ", flush=True)
        load_before = load_average()
        started = time.perf_counter()
        data = suite.BENCHMARKS[name](config)
        took = time.perf_counter() - started
        print(f"{took:.1f} s", flush=True)
        results[name] = {"repetitions": config.reps, **data,
                         "date": machine()["date"], "took_seconds": round(took, 2),
                         "load_average_before": load_before,
                         "load_average_after": load_average()}
    return results


def destinations(quick: bool, partial: bool, data: Path | None,
                 out: Path | None) -> tuple[Path, Path]:
    """Where a run writes its data and figures.

    A quick or partial run never lands in the committed data, whose figures must all come
    from one whole run on one machine: it goes to a temporary folder unless --data or --out
    send it somewhere on purpose."""
    if (quick or partial) and not (data or out):
        scratch = Path(tempfile.mkdtemp(prefix="guide-bench-"))
        return scratch / "results.json", scratch / "generated"
    return data or DATA, out or GENERATED


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes, into a temporary folder unless --out is given")
    parser.add_argument("--only", action="append", choices=list(suite.BENCHMARKS),
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--render", action="store_true",
                        help="do not measure: redraw the figures from the data file")
    parser.add_argument("--data", type=Path, help=f"data file (default {DATA.relative_to(ROOT)})")
    parser.add_argument("--out", type=Path,
                        help=f"folder for figures (default {GENERATED.relative_to(ROOT)})")
    args = parser.parse_args(argv)

    data_file, out = destinations(args.quick, bool(args.only), args.data, args.out)

    if not args.render:
        names = args.only or list(suite.BENCHMARKS)
        data = {"benchmarks": {}, "machine": machine(), "quick": args.quick,
                "partial": bool(args.only)}
        data["machine"]["load_average_at_start"] = load_average()
        data["benchmarks"].update(measure(names, args.quick))
        data["benchmarks"] = {k: data["benchmarks"][k] for k in suite.BENCHMARKS
                              if k in data["benchmarks"]}
        data_file.parent.mkdir(parents=True, exist_ok=True)
        data_file.write_text(json.dumps(data, indent=1) + "\n")
        print(f"wrote {data_file}")

    import render  # matplotlib is imported only now, never by the workers

    written = render.render_all(json.loads(data_file.read_text()), out)
    print(f"wrote {len(written)} figures and tables to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
