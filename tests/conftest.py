"""Options shared by the test modules (see harness.py for the runner itself)."""
import os
import uuid

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("guide")
    group.addoption("--update-outputs", action="store_true",
                    help="rewrite recordings whose output changed (python3 dev.py record)")
    group.addoption("--rerecord", action="store_true",
                    help="with --update-outputs: rewrite even where only masked values changed")
    group.addoption("--examples", action="append", default=[],
                    help="only the examples under this path (repeatable)")


def pytest_xdist_auto_num_workers(config):
    """`-n auto` (pytest.ini): four test workers per CPU this process may use, at most eight.

    Most example runs wait (the Ctrl-C, hang and deadline demonstrations sleep for
    seconds): with four workers on two CPUs, the shutdown and dead-worker examples kept the
    CPUs 35 % busy and took 249 s; with eight, 53 % and 172 s. The whole suite on two CPUs
    took 1,344 s with six workers and 1,163 s with eight (2026-12-02): the torch and browser
    runs of the first six minutes keep both CPUs busy either way, the standard-library
    examples after them left the CPUs 50 to 85 % busy with eight. The slowest run used 59 %
    of its timeout with eight (nn/autoencoder, since given 180 s). The count follows the CPUs: a fixed eight on one CPU
    (`taskset -c 0`) would double the load per CPU."""
    import harness
    return max(1, min(8, 4 * harness.usable_cpus()))


@pytest.hookimpl(trylast=True)  # after pytest-xdist's own
def pytest_collection_modifyitems(config, items):
    """Two things about the order and grouping of tests.

    Order: the long runs first, timing examples last. Examples with third-party packages
    (torch, Ray, datasets: tens of seconds each under load) and the other test modules go
    first, so that the workers finish together, then the standard-library examples. Timing
    examples go last: each of their runs waits for the machine to itself, and among the
    other tests that wait leaves the other workers idle while the runs in flight drain. At
    the end they follow one another at no such cost. pytest.ini passes
    `--no-loadscope-reorder`, or xdist would re-sort the groups by their number of tests.

    `--dist loadgroup` groups again on pytest 9.2. pytest-xdist 3.8.0 (the newest) marks a
    test's group by appending "@group" to `item._nodeid`, which pytest 9.2 no longer reads
    (`nodeid` comes from `item._id`): the tests of a group went to any worker, so the
    browser visits ran once per worker and an example's runs lost their order. The suffix
    is copied to where pytest reads it; tests/test_harness.py checks that it holds."""
    import harness

    for item in items:
        marked = item.__dict__.get("_nodeid", "")
        if "@" in marked and "@" not in item.nodeid:
            from _pytest.nodeid import NodeId
            item._id = NodeId.parse(marked)

    def run_order(item) -> tuple[bool, bool]:
        callspec = getattr(item, "callspec", None)
        example = callspec.params.get("example") if callspec else None
        if example is None:
            return False, False
        timing = harness.runs_alone(harness.load_settings(example))
        return timing, harness.is_stdlib_only(example)

    items.sort(key=run_order)  # stable: the order within each part is kept


@pytest.fixture(scope="module", autouse=True)
def _share_the_machine(request):
    """The other tests (browsers, site builds, benchmarks in quick mode) hold the machine's
    shared lock for their module, as each example run does for itself, so that a timing
    example, which waits for the machine to itself, never measures beside a browser.
    test_examples and test_harness take it per run, inside harness.check_example; holding
    it around them too could deadlock against a waiting timing example."""
    if request.module.__name__ in ("test_examples", "test_harness"):
        yield
        return
    import harness
    with harness.machine_share(exclusive=False):
        yield


def pytest_sessionfinish(session):
    """After `--update-outputs`, add the runs that passed to the suite's own record."""
    config = session.config
    if not config.getoption("--update-outputs") or hasattr(config, "workerinput"):
        return
    import harness
    import verification
    import version_table
    runs = getattr(config, "_guide_runs", [])
    by_example: dict = {}
    for run in runs:
        python = harness.python_for(verification.minor(run["python"]))
        by_example.setdefault(run["example"], []).append((python, run["method"]))
    for example, done in by_example.items():
        harness.prune_recordings(harness.ROOT / example, done)
    verification.merge(runs)
    version_table.write()


def pytest_runtest_logreport(report):
    if report.when == "call" and report.passed:
        for key, value in report.user_properties:
            if key == "guide_run":
                _runs.append(value)


_runs = []


def pytest_configure(config):
    config._guide_runs = _runs
    # One site build per run, shared by the modules and workers that need it (pages.py);
    # the workers, started after this, inherit the variable.
    if not hasattr(config, "workerinput") and not os.environ.get(pages_site_run()):
        os.environ[pages_site_run()] = uuid.uuid4().hex
        config._guide_site_owner = True


def pytest_unconfigure(config):
    if getattr(config, "_guide_site_owner", False):
        import pages
        pages.remove_shared_sites(os.environ.pop(pages_site_run()))


def pages_site_run() -> str:
    return "GUIDE_SITE_RUN"  # pages.SITE_RUN, named here so that conftest imports nothing


def pytest_terminal_summary(terminalreporter, config):
    """End every run with the Pythons the examples passed on and the versions not found."""
    if hasattr(config, "workerinput"):
        return
    import collections

    import harness
    counts = collections.Counter(run["python"] for run in _runs)
    if not counts:  # no example ran: name the Pythons that were found
        counts = {harness.full_version(p): 0 for p in harness.all_pythons()}
    ran = ", ".join(f"{v} ({n} runs passed)" if n else v for v, n in sorted(
        counts.items(), key=lambda item: harness.pythons.patch_key(item[0])))
    missing = harness.missing_versions()
    terminalreporter.write_line(
        f"Pythons: CPython {ran}; "
        + (f"not found: {', '.join(missing)} (README.md says how to add them)" if missing
           else f"none missing of {', '.join(harness.pythons.wanted_versions())}"))
