#!/usr/bin/env python3
"""Write a Linux benchmark's initramfs (a "newc" cpio archive): busybox, a
console device, and an /init that prints a marker and sleeps (the idle
benchmark), or the --init script given, with more files added by --file
(their folders are made).

usage: mkinitramfs.py OUT.cpio BUSYBOX [--init SCRIPT] [--file DEST=SOURCE]...
"""
import argparse
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
    parser = argparse.ArgumentParser(usage=__doc__.strip().splitlines()[-1])
    parser.add_argument("out")
    parser.add_argument("busybox")
    parser.add_argument("--init", help="a file to use as /init")
    parser.add_argument("--file", action="append", default=[], metavar="DEST=SOURCE",
                        help="add SOURCE as DEST (a path inside the archive); repeatable")
    args = parser.parse_args()
    with open(args.busybox, "rb") as f:
        busybox = f.read()
    init = INIT
    if args.init:
        with open(args.init, "rb") as f:
            init = f.read()
    entries = [
        entry("bin", 0o040755),
        entry("dev", 0o040755),
        entry("dev/console", 0o020600, rdev=(5, 1)),
        entry("bin/busybox", 0o100755, busybox),
        entry("init", 0o100755, init),
    ]
    folders = {"bin", "dev"}
    for item in args.file:
        dest, source = item.split("=", 1)
        dest = dest.strip("/")
        parts = dest.split("/")[:-1]
        for i in range(len(parts)):
            folder = "/".join(parts[:i + 1])
            if folder not in folders:
                folders.add(folder)
                entries.append(entry(folder, 0o040755))
        with open(source, "rb") as f:
            entries.append(entry(dest, 0o100755 if os.access(source, os.X_OK) else 0o100644, f.read()))
    entries.append(entry("TRAILER!!!", 0))
    archive = b"".join(entries)
    archive += b"\0" * (-len(archive) % 512)
    with open(args.out, "wb") as f:
        f.write(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
