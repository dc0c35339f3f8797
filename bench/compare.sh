#!/usr/bin/env bash
# PatchworkOS against Linux, side by side: the operations of
# bench/user/compare.c (null system call, small malloc+free, pipe
# throughput, map+touch+unmap, thread and pipe ping-pong, spawn+wait,
# reading the clock), built by the cross GCC for PatchworkOS
# (home:/bench/compare, run as the first process with "ubench=compare")
# and by the host's GCC (-static -O2) for Debian's Linux kernel with a
# busybox initramfs (bench/linux_guest.sh; /init runs /bin/compare). Both
# guests: QEMU TCG, q35, -cpu max, 256 MiB, 2 CPUs (as bench/lua.sh;
# --cpus changes the CPUs of both).
# Rounds alternate Linux, PatchworkOS, Linux, ...; each QEMU run holds
# /tmp/patchwork-qemu.lock. For each figure it prints the medians
#   BENCH NAME_patchwork VALUE UNIT
#   BENCH NAME_linux VALUE UNIT
#   BENCH NAME_ratio MEDIAN [MIN..MAX] (PatchworkOS / Linux per round; ...)
# and each round's values as "# " lines.
# Usage: bench/compare.sh [--rounds N] [--cpus N]
#   (or COMPARE_ROUNDS=N, COMPARE_CPUS=N; defaults 3 rounds, 2 CPUs)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
rounds=${COMPARE_ROUNDS:-3}
CPUS=${COMPARE_CPUS:-$(python3 tools/machine.py --profile bench --get cpus)}
while [ $# -gt 0 ]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --cpus) CPUS=$2; shift 2 ;;
    *) echo "usage: bench/compare.sh [--rounds N] [--cpus N]" >&2; exit 2 ;;
    esac
done
for n in "$rounds" "$CPUS"; do
    case $n in '' | *[!0-9]* | 0) echo "bench compare: rounds and CPUs must be positive numbers" >&2; exit 2 ;; esac
done
MEMORY=$(python3 tools/machine.py --profile bench --get memory)
TIMEOUT=600
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "bench compare: $*" >&2
    exit 1
}

# PatchworkOS: the image holds home:/bench/compare (tools/programs.mk).
./build.sh image >"$work/image.log" 2>&1 || fail "image: $(tail -n 5 "$work/image.log")"

# Linux: the same source by the host's GCC, with the warnings the cross
# build uses, in an initramfs whose /init runs it and powers off.
. bench/linux_guest.sh
linux_guest_fetch
gcc -std=gnu17 -Wall -Wextra -Werror -O2 -static -pthread -o "$work/compare" bench/user/compare.c ||
    fail "host gcc could not build bench/user/compare.c"
cat >"$work/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
echo "# clocksource $(/bin/busybox cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
echo "# transparent_hugepage $(/bin/busybox cat /sys/kernel/mm/transparent_hugepage/enabled)"
/bin/compare && echo compare-done
/bin/busybox poweroff -f
EOF
python3 bench/mkinitramfs.py "$work/compare.cpio" "$linux_cache/busybox" --init "$work/init" \
    --file "bin/compare=$work/compare"

run_linux() { # LOG
    local qemu
    mapfile -t qemu < <(python3 tools/machine.py --cpus "$CPUS" --memory "$MEMORY" --headless \
        --linux "$linux_cache/vmlinuz" "$work/compare.cpio" "console=ttyS0 quiet panic=-1")
    flock /tmp/patchwork-qemu.lock timeout "$TIMEOUT" "${qemu[@]}" -no-reboot \
        </dev/null >"$1" 2>&1 || fail "Linux guest: $(tail -n 5 "$1")"
    grep -q '^compare-done' <(tr -d '\r' <"$1") || fail "Linux guest did not finish: $(tail -n 5 "$1")"
}

run_patchwork() { # LOG
    flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "ubench=compare" \
        --cpus "$CPUS" --memory "$MEMORY" --timeout "$TIMEOUT" --log "$1" --expect pass >"$1.out" ||
        fail "PatchworkOS: $(tail -n 1 "$1.out"); $(tail -n 5 "$1")"
}

# "NAME VALUE" for each BENCH line of a log (the harness's copy has none
# of its "# " prefixes; the Linux console adds \r).
values() { tr -d '\r' <"$1" | sed -n 's/^\(# \)\{0,1\}BENCH \([a-z0-9_]*\) \([0-9]*\) .*/\2 \3/p'; }

for round in $(seq 1 "$rounds"); do
    run_linux "$work/linux.$round.log"
    values "$work/linux.$round.log" >"$work/linux.$round"
    run_patchwork "$work/patchwork.$round.log"
    values "$work/patchwork.$round.log" >"$work/patchwork.$round"
    echo "# round $round: Linux $(tr '\n' ' ' <"$work/linux.$round")"
    echo "# round $round: PatchworkOS $(tr '\n' ' ' <"$work/patchwork.$round")"
done
tr -d '\r' <"$work/linux.1.log" | grep '^# ' || true

python3 - "$work" "$rounds" <<'EOF'
import statistics
import sys

work, rounds = sys.argv[1], int(sys.argv[2])
# raw name: (shown name, unit, divisor of the raw integer, decimals, higher is better)
FIGURES = [
    ("syscall_null", "syscall_null_ns", "ns", 1, 0, False),
    ("malloc_free_small", "malloc_free_small_ns", "ns", 1, 0, False),
    ("pipe_64k", "pipe_64k_MBps", "MB/s", 1000, 1, True),
    ("mmap_touch_unmap_64m", "mmap_touch_unmap_64m_us_per_page", "us", 1000, 2, False),
    ("thread_pingpong", "thread_pingpong_us", "us", 1000, 1, False),
    ("pipe_pingpong", "pipe_pingpong_us", "us", 1000, 1, False),
    ("spawn_wait", "spawn_wait_ms", "ms", 1000000, 2, False),
    ("clock_read", "clock_read_ns", "ns", 1, 0, False),
]


def load(system, round_):
    values = {}
    with open("%s/%s.%d" % (work, system, round_)) as f:
        for line in f:
            name, value = line.split()
            values[name] = int(value)
    return values


runs = {system: [load(system, r) for r in range(1, rounds + 1)] for system in ("patchwork", "linux")}
status = 0
for raw, name, unit, divisor, decimals, higher_better in FIGURES:
    ours = [run.get(raw) for run in runs["patchwork"]]
    theirs = [run.get(raw) for run in runs["linux"]]
    if None in ours or None in theirs:
        print("# %s: missing from a run (PatchworkOS %s, Linux %s)" % (raw, ours, theirs))
        status = 1
        continue
    ratios = [a / b if b else float("inf") for a, b in zip(ours, theirs)]
    show = lambda v: "%.*f" % (decimals, v / divisor)
    print("BENCH %s_patchwork %s %s" % (name, show(statistics.median(ours)), unit))
    print("BENCH %s_linux %s %s" % (name, show(statistics.median(theirs)), unit))
    print("BENCH %s_ratio %.2f [%.2f..%.2f] (PatchworkOS / Linux per round; %s is better)"
          % (name, statistics.median(ratios), min(ratios), max(ratios), "higher" if higher_better else "lower"))
sys.exit(status)
EOF
echo "# baseline: $(cat "$linux_cache/version"), bench/user/compare.c by the host's GCC $(gcc -dumpversion) -O2 -static; $rounds rounds, $CPUS CPUs"
