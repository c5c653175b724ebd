"""The pages: a strict build, every inline code block run as a real program, meta-checks."""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import tomllib
import time
import urllib.request
from pathlib import Path

import pytest

import harness
import pages
from harness import ROOT, START_METHODS

DOC_FILES = [*pages.pages(), ROOT / "README.md", ROOT / "CONTRIBUTING.md"]


@pytest.fixture(scope="module")
def site():
    return pages.shared_site()


def test_strict_build_is_clean(site):
    assert (site / "index.html").exists()


def test_site_loads_nothing_from_other_hosts(site):
    assert pages.external_loads(site) == []


def test_lean_code_keeps_every_code_text_and_colour(site):
    """hooks/lean_code.py drops the `n`, `w`, `o`, `ow` and `p` token spans: the text of each
    code block stays the same, and none of these classes is drawn in a colour of its own."""
    import html
    import re
    sys.path.insert(0, str(ROOT / "hooks"))
    import lean_code

    def text(block: str) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", block))

    sample = ('<pre><code><span class="n">pool</span><span class="w"> </span>'
              '<span class="o">=</span><span class="w"> </span><span class="n">Pool</span>'
              '<span class="p">(</span><span class="mi">2</span><span class="p">)</span>'
              '<span class="w"> </span><span class="ow">in</span></code></pre>'
              '<p><span class="n">kept outside code</span></p>')
    lean = lean_code.unwrap(sample)
    assert lean == ('<pre><code>pool = Pool(<span class="mi">2</span>) in</code></pre>'
                    '<p><span class="n">kept outside code</span></p>')
    assert text(lean) == text(sample)
    built = (site / "pool" / "index.html").read_text()
    for name in ("n", "w", "o", "ow", "p"):
        assert f'<span class="{name}">' not in built
    assert '<span class="k">' in built  # the spans that colour something stay
    # Material draws `.n` in --md-code-hl-name-color, which defaults to the code's own
    # colour, and `.o`, `.ow` and `.p` in the operator and punctuation colours, which
    # extra.css sets to the code's colour in both schemes. Nothing else styles them.
    css = "".join(p.read_text() for p in (site / "assets" / "stylesheets").glob("*.css"))
    assert "--md-code-hl-name-color:var(--md-code-fg-color)" in css
    assert ".highlight .p{color:var(--md-code-hl-punctuation-color)}" in css
    assert ".highlight .o,.highlight .ow{color:var(--md-code-hl-operator-color)}" in css
    assert not re.search(r"\.highlight \.w\b", css)
    rules = re.findall(r"\.highlight \.(?:n|o|ow|p|w)\b[^{]*\{[^}]*\}", css)
    assert sorted(rules) == sorted([".highlight .n{color:var(--md-code-hl-name-color)}",
                                    ".highlight .p{color:var(--md-code-hl-punctuation-color)}",
                                    ".highlight .o,.highlight .ow"
                                    "{color:var(--md-code-hl-operator-color)}"]), rules
    extra = (ROOT / "docs" / "stylesheets" / "extra.css").read_text()
    assert "hl-name-color" not in extra and not re.search(r"\.(n|w|o|ow|p)\b", extra)
    for scheme in ("default", "slate"):
        block = re.search(r'\[data-md-color-scheme="%s"\] \{([^}]*)\}' % scheme, extra)[1]
        for var in ("operator", "punctuation"):
            assert f"--md-code-hl-{var}-color: var(--md-code-fg-color);" in block, (scheme, var)


# --- inline blocks ----------------------------------------------------------------------

def inline_params():
    params = []
    for page in DOC_FILES:
        for block in pages.code_blocks(page):
            runnable = (block.syntax in pages.PYTHON_SYNTAXES and not block.is_include
                        or block.syntax in pages.SHELL_SYNTAXES)
            if not runnable:
                continue
            marks = [pytest.mark.skip(reason=block.skip_reason)] if block.skip_reason else []
            if block.syntax in pages.PYTHON_SYNTAXES:
                # The main Python, and the reference one (3.14) whose output pages show.
                runs = [(method, python) for python in inline_pythons()
                        for method in START_METHODS]
            else:
                runs = [("spawn", harness.MAIN_PYTHON)]
            for method, python in runs:
                params.append(pytest.param(block, method, python, marks=marks,
                                           id=f"{block.id}-{method}-{python.version}"))
    return params


def inline_pythons() -> list:
    return [p for p in harness.all_pythons()
            if p is harness.MAIN_PYTHON or p.version == harness.pythons.REFERENCE and p.packages]


@pytest.mark.parametrize(("block", "method", "python"), inline_params())
def test_inline_block(block, method, python, tmp_path):
    """Run the block as a script (Python) or with bash -e (shell), from the repository root."""
    if block.syntax in pages.PYTHON_SYNTAXES:
        script = tmp_path / "block.py"
        script.write_text(block.code)
        argv = [python.executable, str(script)]
    else:
        argv = ["bash", "-e", "-c", block.code]
    run = harness.run_program(argv, start_method=method, timeout=120,
                              env_extra={"PATH": f"{Path(sys.executable).parent}:"
                                                 f"{os.environ['PATH']}"})
    settings = dict(harness.SETTINGS)
    problems = harness.check_run(run, settings)
    output = harness.normalise(run.output, [])
    expected = block.expected_output
    if expected is None and output.strip():
        problems.append("the block prints output but the page shows none under it "
                        "(add <!--pytest-codeblocks:expected-output--> and the output)")
    elif expected is not None and output.rstrip() != expected.rstrip():
        problems.append(f"output differs from the page:\n--- page\n{expected}\n--- run\n{output}")
    assert not problems, "\n".join(problems)


# --- meta-checks ------------------------------------------------------------------------

def test_every_example_is_shown_on_a_page():
    assert pages.examples_not_shown() == []


def test_every_shown_example_shows_its_recorded_output():
    assert pages.recordings_not_shown() == []


def test_every_example_has_a_reference_recording():
    missing = [s.relative_to(ROOT).as_posix() for s in harness.discover_examples()
               if not s.with_suffix(".out").exists()]
    assert missing == []


def test_every_recording_was_made_by_the_current_code():
    import verification
    assert verification.stale_examples() == [], "re-record with `python3 dev.py record PATH`"


def test_no_recording_without_its_example():
    assert pages.orphan_recordings() == []


def test_recordings_name_only_their_own_script():
    assert pages.recordings_naming_other_scripts() == [], \
        "re-record with `python3 dev.py record PATH`"


def test_settings_name_existing_examples():
    unknown = []
    for table in harness.EXAMPLES.rglob("examples.toml"):
        for name in tomllib.loads(table.read_text()):
            if not (table.parent / f"{name}.py").exists():
                unknown.append(f"{table.relative_to(ROOT)}: [{name}]")
    assert unknown == []


def test_includes_use_named_sections_not_line_numbers():
    assert pages.line_number_includes() == []


def test_no_python_block_goes_unrun():
    assert pages.unrun_python_blocks() == []


def test_examples_follow_the_conventions():
    """A docstring sentence first; a __main__ guard wherever multiprocessing is used."""
    problems = []
    for script in harness.discover_examples():
        text = script.read_text()
        name = script.relative_to(ROOT).as_posix()
        if not text.startswith('"""'):
            problems.append(f"{name}: does not open with a docstring saying what it teaches")
        if 'if __name__ == "__main__":' not in text:
            problems.append(f"{name}: no `if __name__ == \"__main__\":` guard")
    assert problems == []


MAX_LINE = 99  # longer lines make a reader scroll sideways on a laptop screen


def test_example_lines_fit_the_page():
    long = [f"{p.relative_to(ROOT)}:{n}" for p in sorted(harness.EXAMPLES.rglob("*.py"))
            for n, line in enumerate(p.read_text().splitlines(), 1) if len(line) > MAX_LINE]
    assert long == [], f"lines longer than {MAX_LINE} characters"


def test_version_table_is_generated_from_the_recordings():
    import version_table
    assert version_table.is_current(), (
        "docs/generated/versions.md is out of date: run `python3 dev.py record "
        "examples/start_methods/version_facts.py`")


def test_verification_summary_is_current():
    import verification
    assert verification.summary_is_current(), (
        "docs/generated/verification.md is out of date: run `python3 dev.py record`")


# --- the README's commands --------------------------------------------------------------

def test_ci_runs_exactly_the_readme_test_command():
    serve, test = pages.readme_commands()
    assert "serve" in serve and "test" in test
    ci = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test in ci


def test_readme_serve_command_serves_the_site():
    """The README's first command serves the site, and Ctrl-C stops it cleanly: it exits
    and leaves no build folder behind (mkdocs serve builds into a temporary folder)."""
    serve, _ = pages.readme_commands()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    argv = ["bash", "-c", f"exec {serve} --dev-addr 127.0.0.1:{port}"]
    with tempfile.TemporaryDirectory() as scratch:
        # SIGINT as a terminal leaves it: a test worker may ignore it, and an ignored
        # signal stays ignored across exec (harness.run_program does the same).
        proc = subprocess.Popen(argv, cwd=ROOT, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=dict(os.environ, TMPDIR=scratch),
                                preexec_fn=harness.default_sigint)
        try:
            deadline = time.monotonic() + 180
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/",
                                                timeout=5) as page:
                        body = page.read().decode()
                    break
                except OSError:
                    assert proc.poll() is None, "the serve command exited"
                    assert time.monotonic() < deadline, "nothing served within 180 s"
                    time.sleep(0.5)
            assert "<title>" in body and "Parallel Python" in body
            assert os.listdir(scratch), "mkdocs serve built into another folder"
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C in a terminal: the whole group
            assert proc.wait(timeout=60) == 130
            assert os.listdir(scratch) == [], "Ctrl-C left the build folder behind"
        finally:
            harness.kill_all(proc.pid, "")
            proc.wait()


def test_this_module_holds_the_machine_shared_as_example_runs_do():
    """conftest's _share_the_machine: while this module runs, a timing example (which takes
    the machine lock exclusively) could not start beside it."""
    import fcntl
    lock = Path(tempfile.gettempdir()) / "parallel-guide-machine.lock"
    with open(lock, "a") as machine:
        with pytest.raises(BlockingIOError):
            fcntl.flock(machine, fcntl.LOCK_EX | fcntl.LOCK_NB)
