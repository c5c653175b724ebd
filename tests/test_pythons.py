"""Interpreter discovery (tests/pythons.py), with fake interpreters that print a version."""
import os

import pytest

import pythons


def fake(folder, name, answer):
    """An executable that answers the version probe the way a real Python would."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho {answer}\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in ("GUIDE_PYTHON_PATH", "GUIDE_PYTHONS", "PYENV_ROOT", "UV_PYTHON_INSTALL_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(pythons, "CACHE", tmp_path / "cache")
    pythons.full_version.cache_clear()
    return tmp_path


def test_the_newest_patch_release_wins_wherever_it_is(clean_env, monkeypatch):
    old = fake(clean_env / "a", "python3.14", "CPython 3.14.0 False")
    new = fake(clean_env / "home/.pyenv/versions/3.14.9/bin", "python3.14",
               "CPython 3.14.9 False")
    monkeypatch.setenv("GUIDE_PYTHON_PATH", str(old.parent))
    assert pythons.find("3.14") == (str(new), "3.14.9")


def test_free_threaded_builds_and_other_versions_are_not_taken(clean_env, monkeypatch):
    fake(clean_env / "a", "python3.14", "CPython 3.14.9 True")
    fake(clean_env / "b", "python3.14", "CPython 3.13.1 False")
    monkeypatch.setenv("GUIDE_PYTHON_PATH", os.pathsep.join(
        [str(clean_env / "a"), str(clean_env / "b")]))
    assert pythons.find("3.14") is None


def test_the_provisioning_cache_uv_and_path_are_searched(clean_env, monkeypatch):
    cached = fake(clean_env / "cache/bin", "python3.15", "CPython 3.15.2 False")
    assert pythons.find("3.15") == (str(cached), "3.15.2")
    uv = fake(clean_env / "home/.local/share/uv/python/cpython-3.13.9-linux/bin",
              "python3.13", "CPython 3.13.9 False")
    assert pythons.find("3.13") == (str(uv), "3.13.9")
    on_path = fake(clean_env / "bin", "python3.12", "CPython 3.12.8 False")
    shim = fake(clean_env / "shims", "python3.12", "CPython 3.12.99 False")
    monkeypatch.setenv("PATH", f"{shim.parent}{os.pathsep}{on_path.parent}")
    assert pythons.find("3.12") == (str(on_path), "3.12.8")


def test_a_broken_interpreter_is_skipped(clean_env, monkeypatch):
    broken = clean_env / "a" / "python3.11"
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("GUIDE_PYTHON_PATH", str(broken.parent))
    assert pythons.find("3.11") is None


def test_guide_pythons_narrows_the_versions(monkeypatch):
    monkeypatch.setenv("GUIDE_PYTHONS", "3.13 3.14")
    assert pythons.wanted_versions() == ["3.13", "3.14"]
