#!/usr/bin/env bash
# Build the PatchworkOS disk image: GPT with one FAT32 EFI System Partition
# holding
#   EFI/BOOT/BOOTX64.EFI   the bootloader (the removable-media default path)
#   boot/kernel.elf        the kernel
#   boot/boot.cfg          the boot configuration (kernel command line)
#   root/...               the root file system, loaded as the RAM disk
# The result boots in QEMU with OVMF and can be written to a USB stick.
#
# usage: tools/mkimage.sh OUT.img BOOTX64.EFI KERNEL.elf BOOT.cfg ROOT_DIR
set -euo pipefail

if [ $# -ne 5 ]; then
    echo "usage: $0 OUT.img BOOTX64.EFI KERNEL.elf BOOT.cfg ROOT_DIR" >&2
    exit 2
fi
out=$1 efi=$2 kernel=$3 config=$4 rootdir=$5
here=$(cd "$(dirname "$0")" && pwd)

# Size: room for everything twice over, at least 64 MiB (FAT32 needs some).
content_kib=$(du -sk --apparent-size "$efi" "$kernel" "$config" "$rootdir" | awk '{ s += $1 } END { print s }')
size_mib=$(( content_kib * 2 / 1024 + 16 ))
[ "$size_mib" -lt 64 ] && size_mib=64

tmp="$out.tmp"
esp="$out.esp"
rm -f "$tmp" "$esp"
read -r start sectors < <(python3 "$here/gpt.py" "$tmp" "$size_mib")

# The partition is built as its own file, then copied into place.
truncate -s $((sectors * 512)) "$esp"
mformat -i "$esp" -F -v PATCHWORK -N 50415443 ::
mmd -i "$esp" ::/EFI ::/EFI/BOOT ::/boot ::/root
mcopy -i "$esp" "$efi" ::/EFI/BOOT/BOOTX64.EFI
mcopy -i "$esp" "$kernel" ::/boot/kernel.elf
mcopy -i "$esp" "$config" ::/boot/boot.cfg
if [ -n "$(ls -A "$rootdir")" ]; then
    mcopy -s -i "$esp" "$rootdir"/* ::/root/
fi
dd if="$esp" of="$tmp" bs=512 seek="$start" conv=notrunc status=none
rm -f "$esp"
mv "$tmp" "$out"
