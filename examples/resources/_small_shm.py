"""A small /dev/shm of its own for this process and its children."""
import ctypes
import os

CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000
MS_REC, MS_PRIVATE = 0x4000, 0x40000
libc = ctypes.CDLL(None, use_errno=True)


def check(result):
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, os.strerror(errno))


def mount_small_shm(size):
    """Mount a tmpfs of `size` ("1m") on /dev/shm, seen only by this
    process and the children it starts later, as docker's --shm-size
    does for a container.

    Linux only. It needs user and mount namespaces (no root needed
    where the system allows them) and a process with no threads yet.
    Nothing changes outside; it ends with the last process in it."""
    uid, gid = os.getuid(), os.getgid()
    check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS))
    for name, text in [("setgroups", "deny"),
                       ("uid_map", f"0 {uid} 1"),
                       ("gid_map", f"0 {gid} 1")]:
        with open(f"/proc/self/{name}", "w") as file:
            file.write(text)
    # Keep every mount change inside the new namespace.
    flags = MS_REC | MS_PRIVATE
    check(libc.mount(b"none", b"/", None, flags, None))
    option = f"size={size}".encode()
    check(libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", 0, option))
