#!/usr/bin/env bash
# Boot benchmarks.
#   image build time: from a clean build folder (toolchain already
#   installed), and again after touching one kernel source file;
#   boot milestones: milliseconds from starting QEMU (TCG, q35, 256 MiB,
#   1 CPU, OVMF) until the serial port shows the bootloader's first line,
#   the kernel's first line and the end of kernel initialisation; the
#   median of BENCH_BOOT_RUNS runs (default 3).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${BENCH_BOOT_RUNS:-3}

seconds() { # COMMAND... -> wall-clock seconds, two decimals
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

./build.sh toolchain >/dev/null
rm -rf build
echo "BENCH boot_image_build_clean $(seconds ./build.sh image) s"
touch kernel/init/main.c
echo "BENCH boot_image_rebuild_one_file $(seconds ./build.sh image) s"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$runs"); do
    python3 tools/qemu_harness.py build/patchwork.img --cmdline "" --stop-on "kernel: init done" \
        --expect stopped --timings >"$work/run$i" || { cat "$work/run$i" >&2; exit 1; }
done
for milestone in bootloader kernel_entry kernel_init; do
    value=$(cat "$work"/run* | awk -v m="$milestone" '$1 == "timing" && $2 == m { print $3 }' | sort -n |
        awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    echo "BENCH boot_qemu_start_to_${milestone} $value ms"
done
