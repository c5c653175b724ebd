#!/usr/bin/env python3
"""Provision CPython 3.13, 3.14 and 3.15 from Debian unstable, without touching the system.

The machine runs Debian bookworm (Python 3.11) and reaches only package registries;
Debian sid ships every current CPython. So: apt-get, with a private sources list (the
system's own mirror), private lists and cache and an EMPTY dpkg status, resolves and
downloads the whole closure (libc6, libssl3t64, ...), verified by Debian's signatures;
`dpkg-deb -x` unpacks it into <cache>/root (never /; dpkg's database is not touched);
patchelf points each python at the private glibc loader, with an RPATH (not RUNPATH, so
that it also serves the extension modules in lib-dynload) to the private libraries. Like
Debian's own install, it then byte-compiles each standard library.

Cache: $GUIDE_PYTHONS_CACHE, else ~/.cache/parallel-python-guide/pythons. It counts as
done only once `stamp` is written after a smoke test, so an interrupted run is redone.
Prints `pythonX.Y <version> <cache>/bin/pythonX.Y` per version, or why it is missing;
exits 0 either way (the suite then skips that version), or 1 with --strict.
"""
import argparse, fcntl, json, os, platform, re, shutil, subprocess, sys
from pathlib import Path

VERSIONS = ("3.13", "3.14", "3.15")
RECIPE = 2  # bump when the build changes, so that caches made by older steps are redone
# sid's patchelf (0.18) corrupts Debian's non-PIE python when it sets both interpreter and
# rpath (NixOS/patchelf#446); bookworm's 0.14 does it cleanly.
PATCHELF_SUITE = "bookworm"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
SMOKE = "import ssl, ctypes, sqlite3, lzma, bz2, _multiprocessing, platform; " \
        "print(platform.python_version())"


class Unavailable(Exception):
    """Why nothing could be provisioned, worded for the user."""


def cache_dir(env):
    default = "~/.cache/parallel-python-guide/pythons"
    return Path(env.get("GUIDE_PYTHONS_CACHE") or default).expanduser()


def pick_mirror(text):
    """The first Debian archive URI in an apt sources text (one-line or deb822 format)."""
    for stanza in re.split(r"\n\s*\n", text):
        lines = [line.split("#", 1)[0].strip() for line in stanza.splitlines()]
        fields = {key.lower(): value for key, value
                  in re.findall(r"^([\w-]+):\s*(.*)$", "\n".join(lines), re.M)}
        uris = [re.sub(r"\[.*?\]", " ", line).split()[1] for line in lines
                if line.startswith("deb ")]
        if "deb" in fields.get("types", "").split() and fields.get("enabled") != "no":
            uris += fields.get("uris", "").split()
        # The main archive only: debian-security and snapshot.debian.org lack sid.
        uris = [uri for uri in uris if uri.rstrip("/").endswith("/debian")]
        if uris:
            return uris[0]
    return None


def parse_print_uris(text):
    """(url, filename) pairs from `apt-get --print-uris` lines: 'URL' FILE SIZE HASH."""
    return re.findall(r"^'([^']+)' (\S+\.deb) ", text, re.M)


def report_lines(found, reasons):
    """One line per version: `python3.14 3.14.10 PATH`, or why it is missing."""
    return [f"python{v} {found[v][0]} {found[v][1]}" if v in found
            else f"python{v} unavailable: {reasons.get(v, 'not provisioned')}" for v in VERSIONS]


def run(*cmd, cwd=None):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd)
    if proc.returncode:
        last = (proc.stderr.strip() or proc.stdout.strip() or "?").splitlines()[-1]
        raise Unavailable(f"{Path(str(cmd[0])).name} failed: {last}")
    return proc.stdout


def probe(python):
    """The full version of a working interpreter, else None."""
    try:
        return run(python, "-c", SMOKE).strip()
    except (Unavailable, OSError):
        return None


def system_mirror():
    """The Debian mirror that the system's apt already uses."""
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        raise Unavailable("needs Debian on x86_64")
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb") and Path(KEYRING).exists()):
        raise Unavailable("needs Debian's apt-get, dpkg-deb and archive keyring")
    sources = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for path in sources:
        if path.suffix in (".list", ".sources") and path.is_file():
            if mirror := pick_mirror(path.read_text()):
                return mirror
    raise Unavailable("no Debian mirror in /etc/apt's sources")


def download(apt, mirror):
    """Fetch the closure into apt/cache/archives; return (versions, .deb file names)."""
    for folder in ("lists/partial", "cache/archives/partial", "state", "log"):
        (apt / folder).mkdir(parents=True)
    (apt / "status").write_text("")  # nothing counts as installed: fetch the whole closure
    (apt / "sources.list").write_text("".join(
        f"deb [signed-by={KEYRING}] {mirror} {suite} main\n" for suite in ("sid", PATCHELF_SUITE)))
    # `-c` is read after /etc/apt/apt.conf.d, so these win; #clear drops the system's update
    # hooks (they act on system caches). Debug::NoLocking: no lock in /var/lib/dpkg.
    (apt / "apt.conf").write_text(f"""
Dir::Etc::SourceList "{apt}/sources.list"; Dir::Etc::SourceParts "/dev/null";
Dir::Etc::Preferences "/dev/null"; Dir::Etc::PreferencesParts "/dev/null";
Dir::State "{apt}/state"; Dir::State::Lists "{apt}/lists"; Dir::State::status "{apt}/status";
Dir::Cache "{apt}/cache"; Dir::Log "{apt}/log"; Debug::NoLocking "true";
APT::Default-Release "sid"; APT::Sandbox::User "root"; Acquire::Languages "none";
#clear APT::Update::Pre-Invoke; #clear APT::Update::Post-Invoke;
#clear APT::Update::Post-Invoke-Success;""")
    apt_get = ["apt-get", "-c", apt / "apt.conf", "-q", "-y"]
    run(*apt_get, "update")  # exits 0 even when a fetch failed, hence the check below
    if not any((apt / "lists").glob("*_sid_main_*Packages*")):
        raise Unavailable(f"could not fetch Debian sid's package list from {mirror}")
    names = run("apt-cache", "-c", apt / "apt.conf", "pkgnames", "python3.").split()
    versions = [v for v in VERSIONS if f"python{v}-venv" in names]
    if not versions:
        raise Unavailable("not in Debian sid")
    install = [*apt_get, "install", "--no-install-recommends",
               *(f"python{v}{suffix}" for v in versions for suffix in ("", "-venv"))]
    debs = [name for _, name in parse_print_uris(run(*install, "--print-uris"))]
    run(*install, "--download-only")
    archives = apt / "cache/archives"
    run(*apt_get, "download", f"patchelf/{PATCHELF_SUITE}", cwd=archives)  # no dependencies
    return versions, debs + [p.name for p in archives.glob("patchelf_*.deb")]


def provision(cache):
    mirror = system_mirror()
    root, apt, bin_ = cache / "root", cache / "apt", cache / "bin"
    (cache / "stamp").unlink(missing_ok=True)  # not done until the stamp is rewritten
    (cache / "lib").unlink(missing_ok=True)
    for old in (root, apt, bin_):
        shutil.rmtree(old, ignore_errors=True)
    versions, debs = download(apt, mirror)
    for deb in debs:
        run("dpkg-deb", "-x", apt / "cache/archives" / deb, root)
    libdir = root / "usr/lib/x86_64-linux-gnu"
    loader = libdir / "ld-linux-x86-64.so.2"  # patchelf, too, runs on the private libc
    bin_.mkdir()
    # A venv's pyvenv.cfg says home = <cache>/bin; 3.13 looks for its stdlib from there.
    (cache / "lib").symlink_to("root/usr/lib")
    for v in versions:
        run(loader, "--library-path", libdir, root / "usr/bin/patchelf", "--set-interpreter",
            loader, "--force-rpath", "--set-rpath", libdir, root / f"usr/bin/python{v}")
        # Debian's ensurepip takes pip from /usr/share/python-wheels: make it take ours.
        for data in (root / f"usr/lib/python{v}").glob("_sysconfigdata_*.py"):
            data.write_text(data.read_text().replace(
                "'/usr/share/python-wheels/'", repr(f"{root}/usr/share/python-wheels/")))
        # A link to /etc/python3.X/sitecustomize.py (apport's hook): the system's, not ours.
        (root / f"usr/lib/python{v}/sitecustomize.py").unlink(missing_ok=True)
        (bin_ / f"python{v}").symlink_to(f"../root/usr/bin/python{v}")
        if not probe(bin_ / f"python{v}"):
            raise Unavailable(f"python{v} was unpacked but does not run")
        # Byte-compile the standard library, as Debian's postinst does on install. The
        # suite runs examples with PYTHONDONTWRITEBYTECODE, so without this every process
        # compiled what it imported again: 0.2 s of CPU per start (recipe 2).
        run(bin_ / f"python{v}", "-m", "compileall", "-q", "-j0", root / f"usr/lib/python{v}")
    shutil.rmtree(apt)  # downloads and indexes are not needed any more
    (cache / "stamp.tmp").write_text(json.dumps(
        {"recipe": RECIPE, "mirror": mirror, "versions": versions, "debs": sorted(debs)}, indent=1))
    (cache / "stamp.tmp").replace(cache / "stamp")  # atomically: now the cache is done
    return versions


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if a version is missing")
    args = parser.parse_args(argv)
    cache, found, reasons = cache_dir(os.environ), {}, {}
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with open(cache / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # a concurrent run waits, then finds it done
            done = cache / "stamp"  # written last, atomically: a whole JSON or nothing
            stamp = json.loads(done.read_text()) if done.exists() else {}
            versions = stamp.get("versions", []) if stamp.get("recipe") == RECIPE else []
            full = {v: probe(cache / "bin" / f"python{v}") for v in versions}
            if not versions or not all(full.values()):  # never made, cut short or broken
                versions = provision(cache)
                full = {v: probe(cache / "bin" / f"python{v}") for v in versions}
        for v in VERSIONS:
            if full.get(v):
                found[v] = (full[v], cache / "bin" / f"python{v}")
            else:
                reasons[v] = "not in Debian sid" if v not in versions else "does not run"
    except (Unavailable, OSError) as error:
        reasons = dict.fromkeys(VERSIONS, str(error))
    print("\n".join(report_lines(found, reasons)))
    return 1 if args.strict and len(found) < len(VERSIONS) else 0


if __name__ == "__main__":
    sys.exit(main())
