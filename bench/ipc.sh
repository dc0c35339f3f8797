#!/usr/bin/env bash
# IPC benchmarks, measured by a user program (bench/user/ipc.c, run as
# home:/bench/ipc): pipe throughput to a child process and one-byte
# ping-pong latency through two pipes, the same through a local socket,
# shared memory create+map+unmap. QEMU: TCG, q35, 256 MiB, 2 CPUs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench ipc --cpus 2 --timeout 600
