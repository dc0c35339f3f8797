#!/usr/bin/env python3
"""Check a QEMU screen dump (PPM) of the kernel's console.

usage: screen_check.py SCREEN.ppm WIDTH HEIGHT

Checks the size, that the console's background colour fills the screen,
and that the first text lines hold foreground (text) pixels while the
bottom of the screen is empty. Prints the first problem and exits 1.
"""
import sys

BACKGROUND = (0x10, 0x10, 0x18)  # kernel/console/fbcon.c
FOREGROUND = (0xD0, 0xD0, 0xD0)
LINE_HEIGHT = 16


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields = data.split(maxsplit=4)
    if fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("not an 8-bit binary PPM")
    return int(fields[1]), int(fields[2]), fields[4]


def pixel(pixels, width, x, y):
    i = (y * width + x) * 3
    return tuple(pixels[i:i + 3])


def count(pixels, width, rows, colour):
    return sum(1 for y in rows for x in range(width) if pixel(pixels, width, x, y) == colour)


def main():
    path, want_width, want_height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    width, height, pixels = read_ppm(path)
    if (width, height) != (want_width, want_height):
        print("screen is %dx%d, expected %dx%d" % (width, height, want_width, want_height))
        return 1
    bottom = range(height - LINE_HEIGHT, height)
    if count(pixels, width, bottom, BACKGROUND) != width * LINE_HEIGHT:
        print("the bottom line is not all console background")
        return 1
    text = count(pixels, width, range(0, 4 * LINE_HEIGHT), FOREGROUND)
    if text < 500:
        print("only %d text pixels in the first four lines" % text)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
