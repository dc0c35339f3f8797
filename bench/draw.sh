#!/usr/bin/env bash
# libpatchwork's drawing speed, measured by a user program
# (bench/user/draw.c, run as home:/bench/draw): opaque fills, blended
# fills, a blended blit (Mpixels/s on a 1024x768 surface) and text in
# sans-14.grf (glyphs/s). QEMU: TCG, q35, 256 MiB, 2 CPUs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench draw --cpus 2 --timeout 600
