#!/usr/bin/env bash
# Process benchmarks, measured by a user program (bench/user/proc.c, run
# as home:/bench/proc): the cost of a null system call, of spawning a
# program that exits at once and waiting for it, and the speed of reading
# a 16 MiB RAM-disk file in 64 KiB reads, and the time from the kernel's
# entry to the first user program's first instruction; then the RAM disk
# from inside the kernel (kernel/fs/fs_bench.c). QEMU: TCG, q35, 256 MiB, 1 CPU.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench proc --timeout 600
# The same 16 MiB file through the VFS from inside the kernel (no system
# calls, no copies to user memory): what the RAM disk itself costs.
kernel_bench fs --timeout 600
