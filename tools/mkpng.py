#!/usr/bin/env python3
"""Draw the desktop's built-in images as PNG files, using only the
standard library, for tools/png2fbmp to convert (tools/desktop.mk).

  wallpaper W H   an opaque diagonal gradient, blue to teal, with soft
                  stripes
  disc SIZE       a white disc with an antialiased edge and a shadow ring
                  on a transparent background (partial alpha)

usage: mkpng.py (wallpaper W H | disc SIZE) OUT.png"""
import math
import struct
import sys
import zlib


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_rgba(width, height, pixel):
    rows = []
    for y in range(height):
        row = bytearray(b"\0")  # filter type 0: none
        for x in range(width):
            row += bytes(pixel(x, y))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def mix(a, b, t):
    return int(round(a + (b - a) * t))


def wallpaper(width, height):
    top, bottom = (0x1d, 0x2b, 0x53), (0x0f, 0x6e, 0x78)

    def pixel(x, y):
        t = (x / max(width - 1, 1) + y / max(height - 1, 1)) / 2
        stripe = 0.5 + 0.5 * math.sin((x + y) * 2 * math.pi / 96)
        shade = 1.0 - 0.06 * stripe
        r, g, b = (min(255, int(mix(c0, c1, t) * shade)) for c0, c1 in zip(top, bottom))
        return (r, g, b, 255)
    return png_rgba(width, height, pixel)


def disc(size):
    centre = (size - 1) / 2
    radius = size / 2 - 2

    def pixel(x, y):
        d = math.hypot(x - centre, y - centre)
        inside = max(0.0, min(1.0, radius - d + 0.5))       # the disc's coverage
        ring = max(0.0, min(1.0, radius + 1.5 - d)) * 0.4    # its shadow
        alpha = inside + ring * (1 - inside)
        grey = 255 if alpha == 0 else int(round(255 * inside / alpha))
        return (grey, grey, grey, int(round(alpha * 255)))
    return png_rgba(size, size, pixel)


def main(argv):
    try:
        if len(argv) == 5 and argv[1] == "wallpaper":
            width, height = int(argv[2]), int(argv[3])
            if not (1 <= width <= 4096 and 1 <= height <= 4096):
                raise ValueError
            data = wallpaper(width, height)
        elif len(argv) == 4 and argv[1] == "disc":
            size = int(argv[2])
            if not 4 <= size <= 1024:
                raise ValueError
            data = disc(size)
        else:
            raise ValueError
    except ValueError:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[-1], "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
