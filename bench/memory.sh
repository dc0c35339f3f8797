#!/usr/bin/env bash
# Memory benchmarks, measured inside the kernel (kernel/mem/mem_bench.c):
# allocate + map + unmap + free per page at working sets of 1, 64 and
# 512 MiB and the ratio of the slowest to the fastest (constant time per
# page means about 1), slab and kmalloc costs per object. QEMU: TCG, q35,
# 1 GiB, 1 CPU.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
kernel_bench memory --memory 1024 --timeout 900
