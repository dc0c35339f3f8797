#!/usr/bin/env bash
# Reliability figures, measured by a user program (bench/user/reliability.c,
# run as home:/bench/reliability): how long a kill takes to end a process
# whose eight threads are blocked in eight different ways (futex, pipe
# read, pipe write, a file's lock, accept, poll, sleep, waiting for a
# child). QEMU: TCG, q35, 256 MiB, 2 and 4 CPUs. The fuzzer's figures come
# from ./build.sh fuzz (docs/reliability.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
for cpus in 2 4; do
    user_bench reliability --cpus "$cpus" --timeout 600 | sed "s/^BENCH \([a-z_]*\)/BENCH \1_${cpus}cpu/"
done
