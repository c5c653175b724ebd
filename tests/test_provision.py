"""The pure parts of `.ci/provision_pythons.py`: no network, no apt, well under a second;
and what it left in the cache, where it has run."""
import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / ".ci" / "provision_pythons.py"
_spec = importlib.util.spec_from_file_location("provision_pythons", _path)
provision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(provision)  # ".ci" starts with a dot: not importable by name

PRINT_URIS = """\
Reading package lists...
Building dependency tree...
The following NEW packages will be installed:
  libc6 python3.14 zlib1g
'http://deb.debian.org/debian/pool/main/g/glibc/libc6_2.43-7_amd64.deb' libc6_2.43-7_amd64.deb 1866392 MD5Sum:26e128fa514e77c2959cc3834792d1a2
'http://deb.debian.org/debian/pool/main/z/zlib/zlib1g_1%3a1.3.dfsg+really1.3.2-4_amd64.deb' zlib1g_1%3a1.3.dfsg+really1.3.2-4_amd64.deb 92424 MD5Sum:3f0b47e00220e5746d23cc1f270e6008
"""

DEB822 = """\
Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
"""


def test_print_uris_lines_become_url_and_filename():
    assert provision.parse_print_uris(PRINT_URIS) == [
        ("http://deb.debian.org/debian/pool/main/g/glibc/libc6_2.43-7_amd64.deb",
         "libc6_2.43-7_amd64.deb"),
        ("http://deb.debian.org/debian/pool/main/z/zlib/zlib1g_1%3a1.3.dfsg+really1.3.2-4_amd64.deb",
         "zlib1g_1%3a1.3.dfsg+really1.3.2-4_amd64.deb"),
    ]
    assert provision.parse_print_uris("Reading package lists...\n") == []


@pytest.mark.parametrize(("text", "mirror"), [
    (DEB822, "http://deb.debian.org/debian"),
    ("Types: deb\nURIs: http://ftp.de.debian.org/debian/\nSuites: trixie\n",
     "http://ftp.de.debian.org/debian/"),
    ("# deb http://old.example/debian sid main\n"
     "deb http://security.debian.org/debian-security bookworm-security main\n"
     "deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] http://mirror.example/debian "
     "bookworm main\n", "http://mirror.example/debian"),
    ("Types: deb\nURIs: http://off.example/debian\nEnabled: no\n", None),
    ("Types: deb-src\nURIs: http://src.example/debian\n", None),
    ("deb http://archive.ubuntu.com/ubuntu noble main\n", None),  # not Debian: no sid
    ("", None),
])
def test_mirror_is_the_first_debian_archive_in_the_sources(text, mirror):
    assert provision.pick_mirror(text) == mirror


def test_cache_dir_follows_the_environment():
    assert provision.cache_dir({"GUIDE_PYTHONS_CACHE": "/x/py"}) == Path("/x/py")
    assert provision.cache_dir({}) == Path.home() / ".cache/parallel-python-guide/pythons"


def test_report_names_each_version_and_why_one_is_missing():
    found = {"3.13": ("3.13.18", Path("/c/bin/python3.13")),
             "3.14": ("3.14.10", Path("/c/bin/python3.14"))}
    assert provision.report_lines(found, {"3.15": "not in Debian sid"}) == [
        "python3.13 3.13.18 /c/bin/python3.13",
        "python3.14 3.14.10 /c/bin/python3.14",
        "python3.15 unavailable: not in Debian sid",
    ]


@pytest.mark.parametrize(("argv", "code"), [([], 0), (["--strict"], 1)])
def test_unprovisionable_machine_reports_a_reason_per_version(
        monkeypatch, tmp_path, capsys, argv, code):
    def refuse(cache):
        raise provision.Unavailable("needs Debian on x86_64")
    monkeypatch.setenv("GUIDE_PYTHONS_CACHE", str(tmp_path))
    monkeypatch.setattr(provision, "provision", refuse)
    assert provision.main(argv) == code
    assert capsys.readouterr().out.splitlines() == [
        f"python{v} unavailable: needs Debian on x86_64" for v in provision.VERSIONS]
    assert not (tmp_path / "stamp").exists()


def test_provisioned_pythons_have_a_byte_compiled_standard_library():
    """Examples run with PYTHONDONTWRITEBYTECODE: a standard library without its .pyc
    files is compiled again by every process: 0.2 s of CPU per start, and before recipe 2,
    2,314 CPU-seconds for the whole suite against 1,784 after."""
    cache = provision.cache_dir(os.environ)
    if not (cache / "stamp").exists():
        pytest.skip(f"nothing provisioned in {cache} (.ci/provision_pythons.py does it)")
    versions = json.loads((cache / "stamp").read_text())["versions"]
    assert versions
    check = ("import importlib.util, os, multiprocessing.pool as m; "
             "print(os.path.exists(importlib.util.cache_from_source(m.__file__)))")
    for v in versions:
        python = cache / "bin" / f"python{v}"
        out = subprocess.run([python, "-c", check], capture_output=True, text=True,
                             env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert out.stdout.strip() == "True", f"python{v}: {out.stdout}{out.stderr}"
