#!/usr/bin/env bash
# libstd benchmarks, measured by a user program (bench/user/libstd.c, run
# as home:/bench/libstd): malloc+free of small blocks, memcpy and strlen
# throughput on large buffers, snprintf of a mixed line. QEMU: TCG, q35,
# 256 MiB, 2 CPUs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench libstd --cpus 2 --timeout 600
