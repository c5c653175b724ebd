"""Plots (SVG) and tables (Markdown) drawn from the benchmark data, and nothing else.

The output is a pure function of the data file: fixed style (matplotlib's defaults, then the
settings below), text kept as text, no date in the SVG, fixed ids (svg.hashsalt). The test
suite redraws everything from the committed data and compares it byte for byte with
docs/generated/performance/, so a figure on the site can never drift from its data.

The plots are drawn for a phone. Each is WIDTH inches wide (480 CSS pixels at its natural
size) and no text in it is smaller than MIN_TEXT points, so that on a 390 px phone, where
the figure is shown 358 px wide, no text is under 11 px (tests/test_browser.py measures it).
Legends sit under the plot, where they cannot cover a bar or a label. The background is
white and the text near-black (over 15:1), so the same file reads in the site's light and
dark schemes; the series colours are the darker half of the Okabe-Ito palette, which stays
distinguishable with the common colour-vision deficiencies, and every series also has its
own marker.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter, NullFormatter, NullLocator  # noqa: E402

WIDTH = 5.0         # inches: 480 px at the SVG's natural size
MIN_TEXT = 11.5     # points: 11.4 px at 358 px wide (11.5 pt x 4/3 x 358 / 480)
TEXT = "#1a1a1a"    # 17:1 on white
MUTED = "#4a4a4a"   # 8.9:1 on white: axes, the ideal lines
GRID = "#d0d0d0"
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"]
MARKERS = ["o", "s", "^", "D", "v"]
STYLE = {
    "svg.fonttype": "none",          # text stays text: smaller, and no glyph paths to drift
    "svg.hashsalt": "parallel-python-guide",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],  # ships with matplotlib: the same layout everywhere
    "font.size": MIN_TEXT,
    "axes.titlesize": MIN_TEXT,
    "axes.labelsize": MIN_TEXT,
    "xtick.labelsize": MIN_TEXT,
    "ytick.labelsize": MIN_TEXT,
    "legend.fontsize": MIN_TEXT,
    "figure.titlesize": 13,
    "figure.titleweight": "bold",
    "figure.figsize": (WIDTH, 4.6),
    "figure.constrained_layout.use": True,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.edgecolor": MUTED,
    "axes.labelcolor": TEXT,
    "axes.titlecolor": TEXT,
    "text.color": TEXT,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": TEXT,
    "ytick.labelcolor": TEXT,
    "legend.frameon": False,
    "legend.labelcolor": TEXT,
    "axes.grid": True,
    "grid.color": GRID,
    "grid.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "lines.linewidth": 2,
    "lines.markersize": 6,
}
SOURCE = "benchmarks/results.json"


# --- formatting --------------------------------------------------------------------------


def duration(seconds: float) -> str:
    """3 significant digits in a unit that keeps the number between 1 and 1000."""
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            value = seconds / scale
            return f"{value:.3g} {unit}" if value < 1000 else f"{value:.0f} {unit}"
    raise AssertionError


def size(n: int) -> str:
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} B"


def times(m: dict) -> str:
    return f"{duration(m['median'])} ({duration(m['min'])})"


def ratio(x: float) -> str:
    return f"{x:.0f}×" if x >= 100 else f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"


def percent(x: float) -> str:
    return f"{100 * x:.0f} %"


def machine_line(data: dict, name: str | None = None) -> str:
    m = data["machine"]
    date = data["benchmarks"][name]["date"] if name else m["date"]
    return (f"{m['cpu_model']} · {m['usable_cpus']} usable CPUs · "
            f"{m['implementation']} {m['python']} · {m['start_method']} · {date}"
            + (" · QUICK RUN" if data.get("quick") else ""))


def table(header: list[str], rows: list[list[str]], note: str) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "| " + " | ".join("---" if i == 0 else "---:" for i in range(len(header))) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + f"\n\n*{note}*\n"


def footnote(data: dict, name: str, extra: str = "") -> str:
    b = data["benchmarks"][name]
    extra = extra[:1].upper() + extra[1:]
    return (f"{extra}{b['repetitions']} rounds; median, min in brackets. "
            f"Measured on {machine_line(data, name)}. Data: `{SOURCE}`.")


# --- plots ---------------------------------------------------------------------------------


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=False))


def short_machine_line(data: dict, name: str) -> str:
    """machine_line, shortened to fit under a figure drawn for a phone."""
    m = data["machine"]
    cpu = m["cpu_model"]
    for noise in ("(R)", "(TM)", " CPU", " Processor"):
        cpu = cpu.replace(noise, "")
    date = data["benchmarks"][name]["date"] if name else m["date"]
    return (f"{' '.join(cpu.split())}, {m['usable_cpus']} usable CPUs, "
            f"{m['implementation']} {m['python']}, {m['start_method']}, {date}"
            + (" (QUICK RUN)" if data.get("quick") else ""))


def new_figure(data: dict, name: str, title: str, height: float = 4.6):
    """A figure with its title, and above the plot the machine and date it was measured."""
    fig, ax = plt.subplots(figsize=(WIDTH, height))
    fig.suptitle(wrap(title, 46), x=0.02, ha="left")
    ax.set_title(wrap(short_machine_line(data, name), 42), loc="left", color=MUTED,
                 fontsize=MIN_TEXT, linespacing=1.3, pad=8)
    return fig, ax


def legend_below(fig, ax, columns: int = 1) -> None:
    """The legend under the plot, where it cannot cover a bar, a point or a label."""
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower left", ncols=columns,
               handlelength=2.2, borderaxespad=0.2)


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    # matplotlib names clip paths (p...) and markers (m...) by a hash of the full float repr
    # of their coordinates, whose last bits can differ from one CPU to another (the same
    # figure got another clip id on an AVX-512 machine); number them in order instead.
    names: dict[str, str] = {}
    svg = re.sub(r"\b([pm])[0-9a-f]{10}\b",
                 lambda m: names.setdefault(m[0], f"{m[1]}{len(names) + 1}"), path.read_text())
    path.write_text(svg)


def plot_scaling(data: dict, name: str, title: str, path: Path) -> None:
    b = data["benchmarks"][name]
    cores = data["machine"]["usable_cpus"]
    fig, ax = new_figure(data, name, title, 5.4)
    workers = b["workers"]
    ax.plot(workers, [min(w, cores) for w in workers], "--", color=MUTED, linewidth=1.5,
            label="ideal: min(workers, CPUs)")
    ax.axvline(cores, color=MUTED, linestyle=":", linewidth=1)
    ax.text(cores, 0.03, f" {cores} CPUs", color=TEXT, transform=ax.get_xaxis_transform())
    series = ("processes", "processes incl. start-up", "threads")
    for colour, marker, s in zip(COLOURS, MARKERS, series):
        rows = [r for r in b["results"] if r["series"] == s]
        ax.plot([r["workers"] for r in rows], [r["speedup"]["median"] for r in rows],
                marker=marker, color=colour, label=s)
    ax.set_xlabel("workers in the pool")
    ax.set_ylabel("speed-up over one process")
    ax.set_xticks(workers)
    ax.set_ylim(bottom=0)
    legend_below(fig, ax)
    save(fig, path)


def plot_chunksize(data: dict, path: Path) -> None:
    b = data["benchmarks"]["chunksize"]
    fig, ax = new_figure(data, "chunksize",
                         f"{b['tasks']:,} tiny tasks on {b['workers']} workers: chunksize",
                         5.8)
    apis = ("Pool.map", "Pool.imap", "ProcessPoolExecutor.map")
    for colour, marker, api in zip(COLOURS, MARKERS, apis):
        rows = [r for r in b["results"] if r["api"] == api and r["chunksize"] != "default"]
        ax.plot([r["chunksize"] for r in rows], [r["seconds"]["median"] for r in rows],
                marker=marker, color=colour, label=api)
    default = next(r for r in b["results"] if r["chunksize"] == "default")
    ax.plot([b["pool_map_default_chunksize"]], [default["seconds"]["median"]], "*",
            color=COLOURS[0], markersize=14,
            label=f"Pool.map, chunksize not given ({b['pool_map_default_chunksize']})")
    ax.axhline(b["serial_seconds"]["median"], color=MUTED, linestyle=":", linewidth=1.5,
               label="the same loop in one process")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:g}"))
    ax.set_xlabel("chunksize (tasks sent at once)")
    ax.set_ylabel("time for all tasks")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: duration(y)))
    ax.yaxis.set_minor_formatter(NullFormatter())
    legend_below(fig, ax)
    save(fig, path)


def plot_startup(data: dict, path: Path) -> None:
    """Horizontal bars: the method names and the times stay readable at phone width."""
    b = data["benchmarks"]["startup"]
    fig, ax = new_figure(data, "startup", "Start-up cost per start method", 4.9)
    whats = list(dict.fromkeys(r["what"] for r in b["results"]))
    methods = b["methods"]
    height = 0.8 / len(whats)
    for i, (colour, what) in enumerate(zip(COLOURS, whats)):
        values = [next(r["seconds"]["median"] for r in b["results"]
                       if r["what"] == what and r["method"] == m) for m in methods]
        ys = [j + (i - (len(whats) - 1) / 2) * height for j in range(len(methods))]
        bars = ax.barh(ys, values, height * 0.9, color=colour, label=wrap(what, 40))
        ax.bar_label(bars, [duration(v) for v in values], color=TEXT, padding=3)
    ax.set_yticks(range(len(methods)), methods)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: duration(x)))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("time (median, log scale)")
    ax.set_xlim(right=ax.get_xlim()[1] * 6)  # room for the labels after the longest bars
    ax.grid(axis="y", visible=False)
    legend_below(fig, ax)
    save(fig, path)


def plot_transfer(data: dict, path: Path) -> None:
    b = data["benchmarks"]["transfer"]
    fig, ax = new_figure(data, "transfer", "Getting data to a worker: cost against size",
                         5.8)
    hows = list(dict.fromkeys(r["how"] for r in b["results"]))
    for colour, marker, how in zip(COLOURS, MARKERS, hows):
        rows = [r for r in b["results"] if r["how"] == how]
        ax.plot([r["bytes"] for r in rows], [r["seconds"]["median"] for r in rows],
                marker=marker, color=colour, label=how)
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xticks(b["sizes"], [size(s) for s in b["sizes"]])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: duration(y)))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("payload size")
    ax.set_ylabel("time (median)")
    legend_below(fig, ax)
    save(fig, path)


def plot_locks(data: dict, path: Path) -> None:
    """Each bar has its name written above it, so the names take no width from the bars."""
    b = data["benchmarks"]["locks"]
    rows = b["results"]
    fig, ax = new_figure(data, "locks", "Cost of one operation: locks and manager proxies",
                         1.9 + 0.62 * len(rows))
    values = [r["seconds_per_op"]["median"] for r in rows]
    colours = [COLOURS[1] if "Manager" in r["operation"] else
               COLOURS[2] if "processes at once" in r["operation"] else COLOURS[0]
               for r in rows]
    ys = range(len(rows))
    bars = ax.barh(ys, values, 0.4, color=colours)
    ax.bar_label(bars, [duration(v) for v in values], color=TEXT, padding=3)
    left = min(values) / 3
    for y, r in zip(ys, rows):
        ax.text(left, y - 0.26, r["operation"], color=TEXT, va="bottom", ha="left")
    ax.set_yticks([])
    ax.set_ylim(len(rows) - 0.6, -0.85)
    ax.set_xscale("log")
    ax.set_xlim(left, max(values) * 12)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: duration(x)))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("time per operation (median, log scale)")
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(False)
    save(fig, path)


def oversubscription_outliers(b: dict) -> list[dict]:
    """Rows whose slowest rounds took over 5 times their fastest: one bad stretch of the run
    would not explain them, and the note under the table says what does."""
    return [r for r in b["results"]
            if max(r["seconds"]["samples"]) > 5 * r["seconds"]["min"]]


def plot_oversubscription(data: dict, path: Path) -> None:
    """Speed-ups on a log scale, each with the range of its rounds, so that a point 30 times
    below the others neither flattens the rest nor hides how it came about."""
    b = data["benchmarks"]["oversubscription"]
    cores = data["machine"]["usable_cpus"]
    fig, ax = new_figure(data, "oversubscription",
                         "PyTorch: processes × threads per worker", 5.6)
    for colour, marker, p in zip(COLOURS, MARKERS, b["processes"]):
        rows = [r for r in b["results"] if r["processes"] == p]
        xs = [r["threads_per_worker"] for r in rows]
        medians = [r["speedup"]["median"] for r in rows]
        low = [m - min(r["speedup"]["samples"]) for m, r in zip(medians, rows)]
        high = [max(r["speedup"]["samples"]) - m for m, r in zip(medians, rows)]
        ax.errorbar(xs, medians, yerr=[low, high], marker=marker, color=colour, capsize=4,
                    label=f"{p} worker process{'es' if p > 1 else ''}")
    ax.axhline(cores, color=MUTED, linestyle="--", linewidth=1.5,
               label=f"ideal: {cores} CPUs busy")
    ax.plot([], [], " ", label="bars: slowest to fastest round")
    for r in oversubscription_outliers(b):
        slow = sum(s > 5 * r["seconds"]["min"] for s in r["seconds"]["samples"])
        ax.annotate(f"{r['processes']} × {r['threads_per_worker']}: {slow} of "
                    f"{len(r['seconds']['samples'])} rounds\nstalled (see the note)",
                    (r["threads_per_worker"], r["speedup"]["median"]),
                    xytext=(-12, 0), textcoords="offset points", color=TEXT, va="center",
                    ha="right",
                    arrowprops={"arrowstyle": "-", "color": MUTED})
    ax.set_xscale("log", base=2)
    ax.set_xticks(b["threads"], [str(t) for t in b["threads"]])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xlim(b["threads"][0] / 1.4, b["threads"][-1] * 1.4)
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:g}×"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("torch.set_num_threads(T) in each worker")
    ax.set_ylabel("speed-up over 1 × 1 thread")
    legend_below(fig, ax)
    save(fig, path)


# --- tables ------------------------------------------------------------------------------


def table_machine(data: dict) -> str:
    m = data["machine"]
    rows = [["CPU", m["cpu_model"]],
            ["Logical CPUs (`os.cpu_count()`)", str(m["logical_cpus"])],
            ["CPUs this process may use (affinity)", str(m["usable_cpus"])],
            ["Operating system", m["system"]],
            ["Python", f"{m['implementation']} {m['python']}"],
            ["Default start method (used unless a row names one)", f"`{m['start_method']}`"],
            ["PyTorch", m["torch"] or "not installed"],
            ["Run started", m["date"]]]
    if m.get("load_average_at_start"):
        # Taken before the first benchmark, so it measures other programs, not the run.
        rows.append(["1-minute load average when the run started (other programs)",
                     f"{m['load_average_at_start'][0]:.2f}"])
    if data.get("quick"):
        rows.append(["Mode", "quick (tiny sizes: for testing the code, not for reading)"])
    return table(["Machine", ""], rows, f"Written by `python3 dev.py bench` into `{SOURCE}`.")


def table_scaling(data: dict, name: str) -> str:
    b = data["benchmarks"][name]
    by = {(r["series"], r["workers"]): r for r in b["results"]}
    rows = []
    for w in b["workers"]:
        p = by[("processes", w)]
        rows.append([str(w), ratio(p["ideal"]), ratio(p["speedup"]["median"]),
                     percent(p["speedup"]["median"] / p["ideal"]),
                     ratio(by[("processes incl. start-up", w)]["speedup"]["median"]),
                     ratio(by[("threads", w)]["speedup"]["median"]), times(p["seconds"])])
    return table(["Workers", "Ideal", "Processes", "Processes, % of ideal",
                  "Processes incl. start-up", "Threads", "Processes, time"], rows,
                 footnote(data, name, f"{b['workload']}; one process alone took "
                          f"{times(b['serial_seconds'])}. Speed-up = time alone / time with "
                          f"the pool, taken in the same round. "))


def table_chunksize(data: dict) -> str:
    b = data["benchmarks"]["chunksize"]
    apis = ("Pool.map", "Pool.imap", "ProcessPoolExecutor.map")
    by = {(r["api"], r["chunksize"]): r["seconds"] for r in b["results"]}
    rows = [[str(c)] + [times(by[(a, c)]) for a in apis] for c in b["chunksizes"]]
    rows.append([f"not given ({b['pool_map_default_chunksize']} for Pool.map; 1 for the others)",
                 times(by[("Pool.map", "default")]), "as 1", "as 1"])
    return table(["chunksize", *apis], rows,
                 footnote(data, "chunksize", f"{b['workload']}; the same loop in one process "
                          f"took {times(b['serial_seconds'])}. "))


def table_startup(data: dict) -> str:
    b = data["benchmarks"]["startup"]
    whats = list(dict.fromkeys(r["what"] for r in b["results"]))
    by = {(r["what"], r["method"]): r["seconds"] for r in b["results"]}
    rows = [[f"`{m}`"] + [times(by[(w, m)]) for w in whats] for m in b["methods"]]
    return table(["Start method", *whats], rows,
                 footnote(data, "startup").replace(
                     f"{data['benchmarks']['startup']['repetitions']} rounds",
                     f"{b['reps']} rounds", 1))


def table_transfer(data: dict) -> str:
    b = data["benchmarks"]["transfer"]
    hows = list(dict.fromkeys(r["how"] for r in b["results"]))
    by = {(r["how"], r["bytes"]): r["seconds"] for r in b["results"]}
    rows = [[size(s)] + [times(by[(h, s)]) for h in hows] for s in b["sizes"]]
    return table(["Payload", *hows], rows, footnote(data, "transfer", f"{b['workload']}. "))


def table_locks(data: dict) -> str:
    b = data["benchmarks"]["locks"]
    base = b["results"][0]["seconds_per_op"]["median"]
    rows = [[r["operation"], times(r["seconds_per_op"]),
             ratio(r["seconds_per_op"]["median"] / base), f"{r['operations']:,}"]
            for r in b["results"]]
    return table(["Operation", "Time per operation", "Against no lock", "Operations timed"],
                 rows, footnote(data, "locks", f"{b['workload']}. "))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def stalls(b: dict) -> str:
    """What the note under the table says about rounds that stalled, and why they did."""
    rows = oversubscription_outliers(b)
    if not rows:
        return ""
    said = []
    for r in rows:
        samples = sorted(r["seconds"]["samples"])
        slow = [t for t in samples if t > 5 * r["seconds"]["min"]]
        fast = [t for t in samples if t <= 5 * r["seconds"]["min"]]
        said.append(f"{r['processes']} × {r['threads_per_worker']} stalled in {len(slow)} "
                    f"of {len(samples)} rounds ({duration(slow[0])} to {duration(slow[-1])}, "
                    f"against {' and '.join(duration(t) for t in fast)} in the others)")
    return ("; ".join(said) + ". The stalls are not noise in the clock. PyTorch's CPU build "
            "runs its threads with GNU OpenMP (libgomp), whose waiting threads spin on "
            "their CPU, 300,000 times by default, before they sleep, but only 100 times when "
            "a process runs more threads than there are CPUs. Each process counts only its "
            "own threads: with as many threads per process as CPUs, the threads of two "
            "processes, and of any other busy program, spin on CPUs that the threads they "
            "wait for need, and a round takes ten times longer or more. Run again by hand on "
            "this machine (torch 2.13.0, Python 3.11.7), the same configuration stalled in "
            "every round with the default settings, and in none with "
            "`OMP_WAIT_POLICY=PASSIVE` (waiting threads sleep at once). ")


def table_oversubscription(data: dict) -> str:
    b = data["benchmarks"]["oversubscription"]
    cores = data["machine"]["usable_cpus"]
    rows = [[str(r["processes"]), str(r["threads_per_worker"]),
             str(r["processes"] * r["threads_per_worker"])
             + (" (more than CPUs)" if r["processes"] * r["threads_per_worker"] > cores else ""),
             times(r["seconds"]), ratio(r["speedup"]["median"])] for r in b["results"]]
    return table(["Worker processes", "Threads per worker", "Threads in all", "Time",
                  "Speed-up over 1 × 1"], rows,
                 footnote(data, "oversubscription",
                          f"{b['workload']}. PyTorch's own default in a worker was "
                          f"{plural(b['torch_default_threads'], 'thread')}. {stalls(b)}"))


def table_summary(data: dict) -> str:
    """The headline figures that the page's prose and other pages refer to."""
    bm = data["benchmarks"]
    cores = data["machine"]["usable_cpus"]
    rows = []

    def at_cores(name, series):
        return next(r for r in bm[name]["results"]
                    if r["series"] == series and r["workers"] == cores)

    if "cpu_scaling" in bm:
        p = at_cores("cpu_scaling", "processes")
        share = p["speedup"]["median"] / p["ideal"]
        rows.append([f"CPU-bound pure Python, process pool, {cores} workers",
                     f"{ratio(p['speedup']['median'])} = {percent(share)} of the ideal "
                     f"{ratio(p['ideal'])}"])
        s = at_cores("cpu_scaling", "processes incl. start-up")
        rows.append(["The same, counting the pool's start-up and shut-down",
                     f"{ratio(s['speedup']['median'])}"])
        t = at_cores("cpu_scaling", "threads")
        rows.append([f"The same job on {cores} threads", ratio(t["speedup"]["median"])])
    if "gil_release" in bm:
        t = at_cores("gil_release", "threads")
        p = at_cores("gil_release", "processes")
        rows.append([f"GIL-releasing job (hashing), {cores} threads / {cores} processes",
                     f"{ratio(t['speedup']['median'])} / {ratio(p['speedup']['median'])}"])
    if "chunksize" in bm:
        b = bm["chunksize"]
        by = {(r["api"], r["chunksize"]): r["seconds"]["median"] for r in b["results"]}
        for api in ("Pool.map", "ProcessPoolExecutor.map"):
            best_size = min(b["chunksizes"], key=lambda c: by[(api, c)])
            rows.append([f"{api}, chunksize 1 against its best ({best_size})",
                         f"{ratio(by[(api, 1)] / by[(api, best_size)])} slower"])
    if "startup" in bm:
        b = bm["startup"]
        what = b["results"][0]["what"]
        by = {r["method"]: r["seconds"]["median"] for r in b["results"] if r["what"] == what}
        rows.append(["One process started and joined, " + ", ".join(b["methods"]),
                     " / ".join(duration(by[m]) for m in b["methods"])])
    if "transfer" in bm:
        b = bm["transfer"]
        biggest = b["sizes"][-1]
        by = {r["how"]: r["seconds"]["median"] for r in b["results"] if r["bytes"] == biggest}
        rows.append([f"{size(biggest)} to a worker: as a pickled argument / via shared memory",
                     f"{duration(by['pickled argument, every call'])} / "
                     f"{duration(by['shared memory, every call'])} per call"])
    if "locks" in bm:
        r = {x["operation"]: x["seconds_per_op"]["median"] for x in bm["locks"]["results"]}
        rows.append(["multiprocessing.Lock / Manager().Lock() proxy, per acquire and release",
                     f"{duration(r['multiprocessing.Lock, then int += 1'])} / "
                     f"{duration(r['Manager().Lock() proxy, then int += 1'])}"])
    if "oversubscription" in bm:
        b = bm["oversubscription"]
        by = {(r["processes"], r["threads_per_worker"]): r["speedup"]["median"]
              for r in b["results"]}
        p, most = b["processes"][-1], b["threads"][-1]
        rows.append([f"PyTorch, {p} workers × 1 thread / × {most} threads",
                     f"{ratio(by[(p, 1)])} / {ratio(by[(p, most)])} over 1 × 1"])
    return table(["Measurement", "Result (median)"], rows,
                 f"Measured on {machine_line(data)}. Data: `{SOURCE}`.")


# --- everything ----------------------------------------------------------------------------


def render_all(data: dict, out: Path) -> list[Path]:
    """Write every figure and table for the data into `out`; remove stale ones there."""
    out.mkdir(parents=True, exist_ok=True)
    bm = data["benchmarks"]
    jobs = {"machine.md": lambda p: p.write_text(table_machine(data)),
            "summary.md": lambda p: p.write_text(table_summary(data))}
    cores = data["machine"]["usable_cpus"]
    if "cpu_scaling" in bm:
        jobs["cpu_scaling.svg"] = lambda p: plot_scaling(
            data, "cpu_scaling", f"CPU-bound pure Python on {cores} CPUs: speed-up", p)
        jobs["cpu_scaling.md"] = lambda p: p.write_text(table_scaling(data, "cpu_scaling"))
    if "gil_release" in bm:
        jobs["gil_release.svg"] = lambda p: plot_scaling(
            data, "gil_release", "A job that releases the GIL (hashing): speed-up", p)
        jobs["gil_release.md"] = lambda p: p.write_text(table_scaling(data, "gil_release"))
    for name, plot, tab in (("chunksize", plot_chunksize, table_chunksize),
                            ("startup", plot_startup, table_startup),
                            ("transfer", plot_transfer, table_transfer),
                            ("locks", plot_locks, table_locks),
                            ("oversubscription", plot_oversubscription,
                             table_oversubscription)):
        if name in bm:
            jobs[f"{name}.svg"] = lambda p, plot=plot: plot(data, p)
            jobs[f"{name}.md"] = lambda p, tab=tab: p.write_text(tab(data))
    for stale in out.glob("*"):
        if stale.suffix in (".svg", ".md") and stale.name not in jobs:
            stale.unlink()
    written = []
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(STYLE)
        for filename, job in jobs.items():
            job(out / filename)
            written.append(out / filename)
    return written
