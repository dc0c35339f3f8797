#!/usr/bin/env python3
"""Write a GPT partition table with one EFI System Partition.

usage: gpt.py DISK.img SIZE_MIB

Creates (or overwrites the tables of) DISK.img, SIZE_MIB MiB long: a
protective MBR, the primary GPT header and partition array at the start,
their backups at the end, and one EFI System Partition from 1 MiB to 1 MiB
before the end. The partition's contents are left alone, so the FAT file
system can be written before or after. GUIDs are derived from the size, so
the same inputs give the same bytes.
"""
import struct
import sys
import uuid
import zlib

SECTOR = 512
ENTRY_SIZE = 128
ENTRY_COUNT = 128
ENTRY_SECTORS = ENTRY_SIZE * ENTRY_COUNT // SECTOR  # 32
ESP_TYPE = uuid.UUID("C12A7328-F81F-11D2-BA4B-00A0C93EC93B")
ALIGN = 2048  # sectors: partitions start on 1 MiB boundaries

PARTITION_START = ALIGN


def partition_range(total_sectors):
    """First and last sector (inclusive) of the ESP."""
    last_usable = total_sectors - 1 - 1 - ENTRY_SECTORS
    last = (last_usable + 1) // ALIGN * ALIGN - 1
    return PARTITION_START, last


def protective_mbr(total_sectors):
    mbr = bytearray(SECTOR)
    size = min(total_sectors - 1, 0xFFFFFFFF)
    # One partition of type 0xEE covering the disk, from sector 1.
    mbr[446:462] = struct.pack("<B3sB3sII", 0, b"\x00\x02\x00", 0xEE, b"\xff\xff\xff", 1, size)
    mbr[510:512] = b"\x55\xaa"
    return bytes(mbr)


def header(current, backup, entries_lba, first_usable, last_usable, disk_guid, entries_crc):
    fields = struct.pack("<8sIIIIQQQQ16sQIII", b"EFI PART", 0x00010000, 92, 0, 0, current, backup,
                         first_usable, last_usable, disk_guid.bytes_le, entries_lba, ENTRY_COUNT,
                         ENTRY_SIZE, entries_crc)
    crc = zlib.crc32(fields)
    fields = fields[:16] + struct.pack("<I", crc) + fields[20:]
    return fields.ljust(SECTOR, b"\0")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path, size_mib = sys.argv[1], int(sys.argv[2])
    if size_mib < 34:
        print("gpt.py: %d MiB is too small for a FAT32 EFI System Partition" % size_mib, file=sys.stderr)
        return 2
    total = size_mib * 1024 * 1024 // SECTOR
    first_usable = 2 + ENTRY_SECTORS
    last_usable = total - 2 - ENTRY_SECTORS
    start, end = partition_range(total)
    disk_guid = uuid.uuid5(uuid.NAMESPACE_URL, "patchworkos:disk:%d" % size_mib)
    part_guid = uuid.uuid5(uuid.NAMESPACE_URL, "patchworkos:esp:%d" % size_mib)

    name = "PatchworkOS EFI".encode("utf-16-le")
    entries = bytearray(ENTRY_SIZE * ENTRY_COUNT)
    entries[0:ENTRY_SIZE] = struct.pack("<16s16sQQQ72s", ESP_TYPE.bytes_le, part_guid.bytes_le, start, end,
                                        0, name)
    entries_crc = zlib.crc32(entries)

    with open(path, "r+b" if _exists(path) else "w+b") as disk:
        disk.truncate(total * SECTOR)
        disk.seek(0)
        disk.write(protective_mbr(total))
        disk.write(header(1, total - 1, 2, first_usable, last_usable, disk_guid, entries_crc))
        disk.write(entries)
        disk.seek((total - 1 - ENTRY_SECTORS) * SECTOR)
        disk.write(entries)
        disk.write(header(total - 1, 1, total - 1 - ENTRY_SECTORS, first_usable, last_usable, disk_guid,
                          entries_crc))
    print("%d %d" % (start, end - start + 1))
    return 0


def _exists(path):
    try:
        open(path, "rb").close()
        return True
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
