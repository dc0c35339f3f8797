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

# The baseline guest: downloaded once into the cache, never committed.
cache="${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}/bench-linux"
mkdir -p "$cache"
if [ ! -f "$cache/vmlinuz" ] || [ ! -f "$cache/initramfs.cpio" ]; then
    kernel_package=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
    # (apt warns that it downloads as root, outside its sandbox: harmless here)
    if ! (cd "$cache" && apt-get download -q "$kernel_package" busybox-static >"$cache/download.log" 2>&1); then
        cat "$cache/download.log" >&2
        exit 1
    fi
    rm -rf "$cache/extract"
    dpkg-deb -x "$cache"/linux-image-*.deb "$cache/extract"
    dpkg-deb -x "$cache"/busybox-static_*.deb "$cache/extract"
    cp "$cache"/extract/boot/vmlinuz-* "$cache/vmlinuz"
    python3 bench/mkinitramfs.py "$cache/initramfs.cpio" "$cache/extract/bin/busybox"
    basename "$cache"/linux-image-*.deb .deb >"$cache/version"
    rm -rf "$cache/extract"
fi
read -r _ linux _ < <(python3 bench/idle_cpu.py linux "$cache/vmlinuz" "$cache/initramfs.cpio" --seconds 10 --cpus 2)
echo "BENCH sched_idle_host_cpu_linux_10s $linux ms"
echo "# baseline: $(cat "$cache/version")"
