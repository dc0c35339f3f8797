#!/usr/bin/env python3
"""Convert a PSF console font (version 1 or 2, optionally gzipped) to a
.grf font (docs/formats/grf.md) covering code points 0-255.

The PSF's Unicode table, when present, decides which glyph serves which
code point; without one, glyph N is code point N. Code points the font
lacks get its '?' glyph.

usage: psf2grf.py INPUT.psf[.gz] OUTPUT.grf
"""
import gzip
import struct
import sys

PSF1_MAGIC = b"\x36\x04"
PSF1_MODE512 = 0x01
PSF1_MODEHASTAB = 0x02
PSF1_SEPARATOR = 0xFFFF
PSF1_STARTSEQ = 0xFFFE
PSF2_MAGIC = b"\x72\xb5\x4a\x86"
PSF2_HAS_UNICODE_TABLE = 0x01
GRF_CODE_POINTS = 256


class FontError(Exception):
    pass


def parse_psf1(data):
    mode, charsize = data[2], data[3]
    count = 512 if mode & PSF1_MODE512 else 256
    glyph_bytes = charsize
    glyphs_end = 4 + count * glyph_bytes
    if len(data) < glyphs_end:
        raise FontError("truncated PSF1 glyph data")
    glyphs = [data[4 + i * glyph_bytes:4 + (i + 1) * glyph_bytes] for i in range(count)]
    mapping = {}
    if mode & PSF1_MODEHASTAB:
        pos = glyphs_end
        for index in range(count):
            while pos + 2 <= len(data):
                (value,) = struct.unpack_from("<H", data, pos)
                pos += 2
                if value == PSF1_SEPARATOR:
                    break
                if value == PSF1_STARTSEQ:
                    continue
                mapping.setdefault(value, index)
    return 8, charsize, glyphs, mapping


def parse_psf2(data):
    if len(data) < 32:
        raise FontError("truncated PSF2 header")
    _, _, header_size, flags, count, glyph_bytes, height, width = struct.unpack_from("<4sIIIIIII", data, 0)
    glyphs_end = header_size + count * glyph_bytes
    if len(data) < glyphs_end:
        raise FontError("truncated PSF2 glyph data")
    glyphs = [data[header_size + i * glyph_bytes:header_size + (i + 1) * glyph_bytes] for i in range(count)]
    mapping = {}
    if flags & PSF2_HAS_UNICODE_TABLE:
        table = data[glyphs_end:]
        for index, entry in enumerate(table.split(b"\xff")[:count]):
            # Single code points come before any 0xFE-introduced sequence.
            text = entry.split(b"\xfe")[0].decode("utf-8", errors="ignore")
            for char in text:
                mapping.setdefault(ord(char), index)
    return width, height, glyphs, mapping


def convert(data):
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if data[:2] == PSF1_MAGIC:
        width, height, glyphs, mapping = parse_psf1(data)
    elif data[:4] == PSF2_MAGIC:
        width, height, glyphs, mapping = parse_psf2(data)
    else:
        raise FontError("not a PSF font")
    if not (1 <= width <= 32 and 1 <= height <= 64):
        raise FontError("unsupported glyph size %dx%d" % (width, height))
    row_bytes = (width + 7) // 8
    if not mapping:
        mapping = {i: i for i in range(len(glyphs))}
    fallback = mapping.get(ord("?"), 0)
    out = bytearray(b"GRF1")
    out += struct.pack("<BBH", width, height, GRF_CODE_POINTS)
    for code_point in range(GRF_CODE_POINTS):
        glyph = glyphs[mapping.get(code_point, fallback)]
        out += glyph[:height * row_bytes].ljust(height * row_bytes, b"\0")
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], "rb") as f:
            grf = convert(f.read())
    except (OSError, FontError) as error:
        print("psf2grf: %s: %s" % (sys.argv[1], error), file=sys.stderr)
        return 1
    with open(sys.argv[2], "wb") as f:
        f.write(grf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
