"""`dev.py check` runs what a change touches, and everything when it cannot tell."""
from changes import plan


def test_an_edited_example_runs_that_example_and_the_pages():
    assert plan(["examples/pool/order_of_results.py"]) == [
        "tests/test_examples.py", "tests/test_pages.py",
        "--examples=examples/pool/order_of_results.py"]


def test_a_recording_variant_runs_its_example():
    args = plan(["examples/pool/async_result_timeout.py311.out"])
    assert "--examples=examples/pool/async_result_timeout.py" in args


def test_a_helper_module_or_settings_file_runs_its_whole_folder():
    assert "--examples=examples/gil" in plan(["examples/gil/_helpers.py"])
    assert "--examples=examples/gil" in plan(["examples/gil/examples.toml"])


def test_a_page_builds_the_site_without_running_examples():
    args = plan(["docs/pool.md"])
    assert "tests/test_pages.py" in args
    assert "tests/test_search.py" in args
    assert "tests/test_examples.py" not in args


def test_the_harness_runs_its_own_tests():
    assert plan(["tests/harness.py"]) == ["tests/test_harness.py"]
    assert plan(["tests/test_pythons.py"]) == ["tests/test_pythons.py"]


def test_pins_or_unknown_files_mean_everything():
    assert plan(["requirements.txt"]) is None
    assert plan(["docs/pool.md", "somewhere/new.txt"]) is None


def test_no_change_runs_nothing():
    assert plan([]) == []
