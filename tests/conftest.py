"""Options shared by the test modules (see harness.py for the runner itself)."""
import pytest


def pytest_addoption(parser):
    group = parser.getgroup("guide")
    group.addoption("--update-outputs", action="store_true",
                    help="rewrite recordings whose output changed (python3 dev.py record)")
    group.addoption("--rerecord", action="store_true",
                    help="with --update-outputs: rewrite even where only masked values changed")
    group.addoption("--examples", action="append", default=[],
                    help="only the examples under this path (repeatable)")


@pytest.fixture
def update(request):
    return request.config.getoption("--update-outputs")


def pytest_sessionfinish(session):
    """After `--update-outputs`, add the runs that passed to the suite's own record."""
    config = session.config
    if not config.getoption("--update-outputs") or hasattr(config, "workerinput"):
        return
    import verification
    verification.merge(getattr(config, "_guide_runs", []))


def pytest_runtest_logreport(report):
    if report.when == "call" and report.passed:
        for key, value in report.user_properties:
            if key == "guide_run":
                _runs.append(value)


_runs = []


def pytest_configure(config):
    config._guide_runs = _runs
