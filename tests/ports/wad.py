#!/usr/bin/env python3
"""Read a Doom WAD on the host, for the ports tests and benchmarks.

usage: wad.py WAD kind          prints IWAD or PWAD
       wad.py WAD has LUMP      exit status 0 if the directory names LUMP
       wad.py WAD demo-tics LUMP
                                prints how many game tics the demo lump
                                LUMP holds: one ticcmd (4 bytes in a
                                version 1.9 demo) per player in the game per
                                tic, after a 13-byte header, up to the
                                0x80 end marker

A WAD starts with "IWAD" or "PWAD", a lump count and the directory's
offset; each directory entry is a lump's offset, size and 8-byte name.
"""
import struct
import sys


def lumps(data):
    magic, count, offset = struct.unpack_from("<4sii", data, 0)
    if magic not in (b"IWAD", b"PWAD"):
        raise SystemExit(f"wad.py: not a WAD (magic {magic!r})")
    for i in range(count):
        pos, size, name = struct.unpack_from("<ii8s", data, offset + 16 * i)
        yield name.rstrip(b"\0").decode("ascii", "replace").upper(), data[pos:pos + size]


def demo_tics(demo):
    version = demo[0]
    if version < 104 or version > 109:
        raise SystemExit(f"wad.py: demo version {version} is not a Doom 1.4-1.9 demo")
    players = sum(1 for p in demo[9:13] if p)
    body = demo[13:]
    # A ticcmd's first byte (forward move) may also be 0x80: the marker is
    # the first 0x80 on a tic boundary.
    step = 4 * players
    pos = 0
    while pos < len(body) and body[pos] != 0x80:
        pos += step
    if pos >= len(body):
        raise SystemExit("wad.py: the demo has no end marker")
    return pos // step


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    with open(argv[1], "rb") as f:
        data = f.read()
    if argv[2] == "kind":
        print(data[:4].decode("ascii", "replace"))
        return 0
    if argv[2] == "has" and len(argv) == 4:
        return 0 if any(name == argv[3].upper() for name, _ in lumps(data)) else 1
    if argv[2] == "demo-tics" and len(argv) == 4:
        for name, lump in lumps(data):
            if name == argv[3].upper():
                print(demo_tics(lump))
                return 0
        raise SystemExit(f"wad.py: no lump {argv[3]}")
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
