#!/usr/bin/env bash
# The Linux counterpart of PatchworkOS's in-kernel benchmark groups
# (bench=memory, bench=sched, bench=fs): bench/linux_kbench/kbench.c, a
# Linux kernel module built against Debian's headers for the kernel of the
# baseline guest (linux_module_build, bench/linux_guest.sh), loaded by the
# /init of a busybox initramfs with group=GROUP,... in Debian's Linux 6.1
# under QEMU (TCG, q35, -cpu max, as bench/compare.sh). The figures have
# PatchworkOS's names. sched_timer_interrupts_all_cpus_idle_10s is counted
# by /init: the LOC ("Local timer interrupts") and "timer" lines of
# /proc/interrupts, summed over the CPUs, before and after 10 idle seconds.
# For the memory group /init turns transparent huge pages off, so that
# pages are mapped 4 KiB at a time as in PatchworkOS.
#
# Prints "BENCH name value unit" lines and "# " remarks on standard output;
# exits non-zero if the guest fails, the module reports an error or a
# figure is missing. The QEMU run holds /tmp/patchwork-qemu.lock.
# Usage: bench/linux_kbench.sh [--cpus N] [--memory SIZE] GROUP...
#   GROUP: memory (default 1 CPU, 1G, as docs/benchmarks.md's Memory
#   section), sched (2 CPUs, 256M), fs (1 CPU, 256M); with several
#   groups the most CPUs and memory any of them wants.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() {
    echo "usage: bench/linux_kbench.sh [--cpus N] [--memory SIZE] GROUP... (memory, sched, fs)" >&2
    exit 2
}

fail() {
    echo "bench linux_kbench: $*" >&2
    exit 1
}

cpus=""
memory=""
groups=()
while [ $# -gt 0 ]; do
    case $1 in
    --cpus) [ $# -ge 2 ] || usage; cpus=$2; shift 2 ;;
    --memory) [ $# -ge 2 ] || usage; memory=$2; shift 2 ;;
    memory | sched | fs) groups+=("$1"); shift ;;
    *) usage ;;
    esac
done
[ ${#groups[@]} -gt 0 ] || usage
case $cpus in *[!0-9]* | 0) fail "--cpus wants a positive number" ;; esac

has() { # GROUP
    local g
    for g in "${groups[@]}"; do [ "$g" = "$1" ] && return 0; done
    return 1
}

if [ -z "$cpus" ]; then
    cpus=1
    if has sched; then cpus=2; fi
fi
if [ -z "$memory" ]; then
    memory=256M
    if has memory; then memory=1G; fi
fi
TIMEOUT=600

# The figures each group must print (the wake-up latency is the other CPU's
# with two CPUs or more, the same CPU's with one, as in PatchworkOS).
expected=()
if has memory; then
    expected+=(memory_alloc_map_unmap_free_ns_per_page_1MiB memory_alloc_map_unmap_free_ns_per_page_64MiB
        memory_alloc_map_unmap_free_ns_per_page_512MiB memory_per_page_cost_ratio_largest_to_smallest
        memory_slab_alloc_free_ns_per_object memory_kmalloc_kfree_ns_per_block)
fi
if has sched; then
    wake=sched_wakeup_latency_other_cpu_us
    [ "$cpus" -gt 1 ] || wake=sched_wakeup_latency_same_cpu_us
    expected+=(sched_context_switch_ns sched_sleep_wakeup_latency_avg_us sched_sleep_wakeup_latency_max_us
        "$wake" sched_sleeper_beside_hog_late_max_us sched_timer_interrupts_all_cpus_idle_10s)
fi
if has fs; then
    expected+=(ramfs_write_16MiB_us ramfs_read_16MiB_us ramfs_read_MiB_per_s)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. bench/linux_guest.sh
linux_guest_fetch
linux_module_build "$work/kbench.ko" 2>"$work/module.log" ||
    fail "could not build the module: $(tail -n 20 "$work/module.log")"

list=$(IFS=,; echo "${groups[*]}")
thp_off=false
if has memory; then thp_off=true; fi
timers=false
if has sched; then timers=true; fi
cat >"$work/init" <<EOF
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mkdir -p /proc /sys
mount -t proc proc /proc
mount -t sysfs sysfs /sys
echo "# kernel \$(uname -r), \$(nproc) CPUs, \$(awk '/MemTotal/ { print \$2 }' /proc/meminfo) kB"
echo "# clocksource \$(cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
echo "# cpuidle driver \$(cat /sys/devices/system/cpu/cpuidle/current_driver 2>/dev/null || echo none), governor \$(cat /sys/devices/system/cpu/cpuidle/current_governor_ro 2>/dev/null || echo none)"
if $thp_off; then
    echo never >/sys/kernel/mm/transparent_hugepage/enabled
fi
echo "# transparent_hugepage \$(cat /sys/kernel/mm/transparent_hugepage/enabled)"
if insmod /kbench.ko group=$list; then
    rmmod kbench
else
    echo "# kbench: insmod failed"
fi
# The module's lines, without dmesg's time stamps.
dmesg | sed -n 's/^\[[^]]*\] //p' | grep -E '^(BENCH |# )'
dmesg | grep -E 'idle routine|Dynamic Preempt|Switched to clocksource|TSC unstable' | sed 's/^/# boot: /'
rm -f /kbench-16MiB
if $timers; then
    # Timer interrupts on all CPUs over 10 idle seconds: the local APIC
    # timer (LOC) and any line named timer, each CPU's column summed.
    timer_count() {
        awk 'NR == 1 { cpus = NF; next }
             \$1 == "LOC:" || \$NF == "timer" { for (i = 2; i <= cpus + 1; i++) n += \$i }
             END { print n + 0 }' /proc/interrupts
    }
    sleep 1
    before=\$(timer_count)
    sleep 10
    after=\$(timer_count)
    echo "BENCH sched_timer_interrupts_all_cpus_idle_10s \$((after - before)) interrupts"
    grep -E '^ *(LOC|[0-9]+):' /proc/interrupts | grep -E 'LOC|timer' | sed 's/  */ /g; s/^/# /'
fi
echo kbench-done
poweroff -f
EOF
python3 bench/mkinitramfs.py "$work/kbench.cpio" "$linux_cache/busybox" --init "$work/init" \
    --file "kbench.ko=$work/kbench.ko"

mapfile -t qemu < <(python3 tools/machine.py --cpus "$cpus" --memory "$memory" --headless \
    --linux "$linux_cache/vmlinuz" "$work/kbench.cpio" "console=ttyS0 quiet panic=-1")
log=$work/linux.log
flock /tmp/patchwork-qemu.lock timeout "$TIMEOUT" "${qemu[@]}" -no-reboot </dev/null >"$log" 2>&1 ||
    fail "Linux guest: $(tail -n 5 "$log")"
tr -d '\r' <"$log" >"$log.txt"
grep -q '^kbench-done' "$log.txt" || fail "Linux guest did not finish: $(tail -n 5 "$log.txt")"
grep -q '^# kbench-end$' "$log.txt" || fail "the module did not run to its end: $(tail -n 20 "$log.txt")"

grep -E '^(BENCH |# )' "$log.txt" | grep -v '^# kbench-end$' || true
echo "# baseline: $(cat "$linux_cache/version"), bench/linux_kbench module by $(gcc-12 --version | head -n 1); $cpus CPUs, $memory; groups $list"
status=0
if grep -q '^# kbench:' "$log.txt"; then
    echo "bench linux_kbench: the module reported an error (the # kbench: lines above)" >&2
    status=1
fi
for name in "${expected[@]}"; do
    if ! grep -q "^BENCH $name " "$log.txt"; then
        echo "bench linux_kbench: $name is missing" >&2
        status=1
    fi
done
exit "$status"
