#!/usr/bin/env python3
"""Check that a file is a valid PE32+ EFI application for x86-64.

Reads the DOS, COFF and optional headers and the section table, and checks
the fields a UEFI firmware relies on. Prints one line per problem and exits
non-zero if there is any."""
import struct
import sys

IMAGE_FILE_MACHINE_AMD64 = 0x8664
IMAGE_FILE_EXECUTABLE_IMAGE = 0x0002
PE32_PLUS_MAGIC = 0x20B
IMAGE_SUBSYSTEM_EFI_APPLICATION = 10
IMAGE_SCN_MEM_EXECUTE = 0x20000000


def check(data):
    problems = []
    if data[:2] != b"MZ":
        return ["no MZ signature"]
    (pe_offset,) = struct.unpack_from("<I", data, 0x3C)
    if data[pe_offset:pe_offset + 4] != b"PE\0\0":
        return ["no PE signature at 0x%x" % pe_offset]
    machine, nsections, _, _, _, opt_size, characteristics = struct.unpack_from(
        "<HHIIIHH", data, pe_offset + 4)
    if machine != IMAGE_FILE_MACHINE_AMD64:
        problems.append("machine 0x%x, expected 0x8664 (x86-64)" % machine)
    if not characteristics & IMAGE_FILE_EXECUTABLE_IMAGE:
        problems.append("not marked executable")
    opt = pe_offset + 24
    (magic,) = struct.unpack_from("<H", data, opt)
    if magic != PE32_PLUS_MAGIC:
        problems.append("optional header magic 0x%x, expected 0x20b (PE32+)" % magic)
        return problems
    (entry,) = struct.unpack_from("<I", data, opt + 16)
    section_align, file_align = struct.unpack_from("<II", data, opt + 32)
    (size_of_image,) = struct.unpack_from("<I", data, opt + 56)
    (subsystem,) = struct.unpack_from("<H", data, opt + 68)
    if subsystem != IMAGE_SUBSYSTEM_EFI_APPLICATION:
        problems.append("subsystem %d, expected 10 (EFI application)" % subsystem)
    if section_align == 0 or size_of_image % section_align:
        problems.append("image size 0x%x not a multiple of section alignment 0x%x"
                        % (size_of_image, section_align))
    if file_align == 0 or file_align & (file_align - 1):
        problems.append("bad file alignment 0x%x" % file_align)
    sections = []
    table = opt + opt_size
    for i in range(nsections):
        name, vsize, vaddr, rawsize, rawptr = struct.unpack_from("<8sIIII", data, table + 40 * i)
        (flags,) = struct.unpack_from("<I", data, table + 40 * i + 36)
        sections.append((name.rstrip(b"\0").decode(), vaddr, max(vsize, rawsize), flags))
    names = [s[0] for s in sections]
    if ".text" not in names:
        problems.append("no .text section (sections: %s)" % names)
    in_exec = [s for s in sections
               if s[1] <= entry < s[1] + s[2] and s[3] & IMAGE_SCN_MEM_EXECUTE]
    if entry == 0 or not in_exec:
        problems.append("entry point 0x%x is not inside an executable section" % entry)
    return problems


def main():
    if len(sys.argv) != 2:
        print("usage: pe_check.py FILE", file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        problems = check(f.read())
    for p in problems:
        print("%s: %s" % (sys.argv[1], p))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
