#!/usr/bin/env bash
# Scheduler benchmarks.
#   In the kernel (kernel/sched/sched_bench.c), QEMU TCG q35 with 2 CPUs:
#   context switch (two threads yielding to each other on one CPU),
#   wake-up latency (a timed sleep, and a wake-up from another CPU), the
#   cost of picking the next thread with 1, 100 and 10000 runnable threads,
#   and the timer interrupts all CPUs take in 10 idle seconds.
#   On the host: CPU time the QEMU process uses over 10 s while the guest
#   idles, for PatchworkOS and, as the baseline, Debian's Linux kernel with
#   a busybox initramfs that only sleeps (same QEMU settings, 2 CPUs).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
kernel_bench sched --cpus 2 --timeout 600

read -r _ ours seconds < <(python3 bench/idle_cpu.py patchwork build/patchwork.img --seconds 10 --cpus 2)
echo "BENCH sched_idle_host_cpu_patchwork_10s $ours ms"

# The baseline guest: downloaded once into the cache (bench/linux_guest.sh).
. bench/linux_guest.sh
linux_guest_fetch
cache=$linux_cache
read -r _ linux _ < <(python3 bench/idle_cpu.py linux "$cache/vmlinuz" "$cache/initramfs.cpio" --seconds 10 --cpus 2)
echo "BENCH sched_idle_host_cpu_linux_10s $linux ms"
echo "# baseline: $(cat "$cache/version")"
