#!/usr/bin/env python3
"""Write the idle-Linux benchmark's initramfs (a "newc" cpio archive):
busybox, a console device, and an /init that prints a marker and sleeps.

usage: mkinitramfs.py OUT.cpio BUSYBOX
"""
import os
import sys

INIT = b"""#!/bin/busybox sh
/bin/busybox echo PATCHWORK-BENCH-IDLE
exec /bin/busybox sleep 1000000
"""


def entry(name, mode, data=b"", rdev=(0, 0), inode=[1]):
    inode[0] += 1
    fields = [inode[0], mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name) + 1, 0]
    header = b"070701" + b"".join(b"%08X" % f for f in fields)
    out = header + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4)
    out += data + b"\0" * (-len(data) % 4)
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(sys.argv[2], "rb") as f:
        busybox = f.read()
    archive = b"".join([
        entry("bin", 0o040755),
        entry("dev", 0o040755),
        entry("dev/console", 0o020600, rdev=(5, 1)),
        entry("bin/busybox", 0o100755, busybox),
        entry("init", 0o100755, INIT),
        entry("TRAILER!!!", 0),
    ])
    archive += b"\0" * (-len(archive) % 512)
    with open(sys.argv[1], "wb") as f:
        f.write(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
