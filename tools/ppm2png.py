#!/usr/bin/env python3
"""Convert a binary PPM (what QEMU's screendump writes) to PNG, using only
the standard library. usage: ppm2png.py IN.ppm OUT.png"""
import struct
import sys
import zlib


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        magic, width, height, maxval, pixels = f.read().split(maxsplit=4)
    if magic != b"P6" or maxval != b"255":
        print("ppm2png: %s is not an 8-bit binary PPM" % sys.argv[1], file=sys.stderr)
        return 1
    width, height = int(width), int(height)
    row = width * 3
    # Each PNG row starts with its filter type (0: none).
    raw = b"".join(b"\0" + pixels[y * row:(y + 1) * row] for y in range(height))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(sys.argv[2], "wb") as f:
        f.write(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
