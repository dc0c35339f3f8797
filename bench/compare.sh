#!/usr/bin/env bash
# PatchworkOS against Linux, side by side, each figure from the same run.
# Debian's Linux kernel boots with a busybox initramfs (bench/linux_guest.sh)
# in the same QEMU settings (tools/machine.py) as PatchworkOS. Three sets:
#   user    the comparison programs bench/user/compare*.c, one source for
#           both systems: system calls, malloc, pipes, mmap, threads,
#           spawning, the clock, files, local sockets, shared memory, the
#           C library, and the kernel's start to the first program; built
#           by the cross GCC for PatchworkOS (home:/bench/compare, run as
#           the first process with "ubench=compare") and by the host's GCC
#           (-static -O2) for Linux (/bin/compare, run by /init). 256 MiB,
#           2 CPUs (--cpus changes both).
#   boot    QEMU's start to the shell's prompt: PatchworkOS's ordinary
#           boot through OVMF, Linux's direct kernel boot into busybox sh.
#   kernel  the in-kernel groups: PatchworkOS's bench=memory (1 GiB, 1
#           CPU), bench=sched (256 MiB, 2 CPUs) and bench=fs (256 MiB, 1
#           CPU) against the same operations in a Linux kernel module
#           (bench/linux/kbench.c, bench/linux_kbench.sh).
# Rounds alternate Linux, PatchworkOS, Linux, ...; each QEMU run holds
# /tmp/patchwork-qemu.lock. For each figure it prints the medians
#   BENCH NAME_patchwork VALUE UNIT
#   BENCH NAME_linux VALUE UNIT
#   BENCH NAME_ratio MEDIAN [MIN..MAX] (PatchworkOS / Linux per round; ...)
# each round's values as "# " lines, and a static hello world's size for
# both C libraries. Exits non-zero if a run fails or a figure is missing.
# Usage: bench/compare.sh [--rounds N] [--cpus N] [--sets user,boot,kernel]
#   (or COMPARE_ROUNDS=N, COMPARE_CPUS=N, COMPARE_SETS=...; defaults 3
#   rounds, 2 CPUs, every set)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
rounds=${COMPARE_ROUNDS:-3}
CPUS=${COMPARE_CPUS:-$(python3 tools/machine.py --profile bench --get cpus)}
sets=${COMPARE_SETS:-user,boot,kernel}
usage="usage: bench/compare.sh [--rounds N] [--cpus N] [--sets user,boot,kernel]"
while [ $# -gt 0 ]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --cpus) CPUS=$2; shift 2 ;;
    --sets) sets=$2; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done
for n in "$rounds" "$CPUS"; do
    case $n in '' | *[!0-9]* | 0) echo "bench compare: rounds and CPUs must be positive numbers" >&2; exit 2 ;; esac
done
for set in ${sets//,/ }; do
    case $set in user | boot | kernel) ;; *) echo "bench compare: no set '$set'; $usage" >&2; exit 2 ;; esac
done
has_set() { case ",$sets," in *",$1,"*) return 0 ;; esac; return 1; }
MEMORY=$(python3 tools/machine.py --profile bench --get memory)
TIMEOUT=600
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "bench compare: $*" >&2
    exit 1
}

# PatchworkOS: the image holds home:/bench/compare* (tools/programs.mk).
./build.sh image >"$work/image.log" 2>&1 || fail "image: $(tail -n 5 "$work/image.log")"

# Linux: the same sources by the host's GCC, with the warnings the cross
# build uses, in an initramfs whose /init runs them and powers off.
. bench/linux_guest.sh
linux_guest_fetch
programs=(compare compare_files compare_ipc compare_libc)
files=()
for program in "${programs[@]}"; do
    gcc -std=gnu17 -Wall -Wextra -Werror -O2 -static -pthread -o "$work/$program" "bench/user/$program.c" \
        2>"$work/gcc.log" || fail "host gcc could not build bench/user/$program.c: $(cat "$work/gcc.log")"
    files+=(--file "bin/$program=$work/$program")
done
cat >"$work/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /tmp
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
echo "# clocksource $(/bin/busybox cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
echo "# transparent_hugepage $(/bin/busybox cat /sys/kernel/mm/transparent_hugepage/enabled)"
/bin/compare && echo compare-done
/bin/busybox poweroff -f
INIT
python3 bench/mkinitramfs.py "$work/compare.cpio" "$linux_cache/busybox" --init "$work/init" "${files[@]}"
# The boot set's guest: straight to an interactive shell on the console.
cat >"$work/init.prompt" <<'INIT'
#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys
/bin/busybox mount -t proc proc /proc
PS1='prompt$ ' exec /bin/busybox sh
INIT
python3 bench/mkinitramfs.py "$work/prompt.cpio" "$linux_cache/busybox" --init "$work/init.prompt"

linux_qemu() { # CPIO [CPUS MEMORY]: the QEMU command line, one word per line
    python3 tools/machine.py --cpus "${2:-$CPUS}" --memory "${3:-$MEMORY}" --headless \
        --linux "$linux_cache/vmlinuz" "$1" "console=ttyS0 quiet panic=-1"
}

run_linux_user() { # LOG
    local qemu
    mapfile -t qemu < <(linux_qemu "$work/compare.cpio")
    flock /tmp/patchwork-qemu.lock timeout "$TIMEOUT" python3 bench/line_times.py \
        --mark qemu_start_to_user '^# compare: started' -- "${qemu[@]}" -no-reboot \
        </dev/null >"$1" 2>&1 || fail "Linux guest: $(tail -n 5 "$1")"
    grep -q '^compare-done' <(tr -d '\r' <"$1") || fail "Linux guest did not finish: $(tail -n 5 "$1")"
}

run_patchwork_user() { # LOG
    flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "ubench=compare" \
        --cpus "$CPUS" --memory "$MEMORY" --timeout "$TIMEOUT" --log "$1" --expect pass \
        --mark qemu_start_to_user '# compare: started' >"$1.out" ||
        fail "PatchworkOS: $(tail -n 1 "$1.out"); $(tail -n 5 "$1")"
    grep '^timing ' "$1.out" >>"$1"
}

run_linux_prompt() { # LOG
    local qemu
    mapfile -t qemu < <(linux_qemu "$work/prompt.cpio")
    flock /tmp/patchwork-qemu.lock timeout 120 python3 bench/line_times.py --stop \
        --mark qemu_start_to_prompt 'prompt\$ ' -- "${qemu[@]}" -no-reboot \
        </dev/null >"$1" 2>&1 || fail "Linux guest (prompt): $(tail -n 5 "$1")"
    grep -q '^timing qemu_start_to_prompt' "$1" || fail "Linux guest showed no prompt: $(tail -n 5 "$1")"
}

# PatchworkOS's ordinary boot: init starts the shell, whose first read of
# the console the kernel logs at debug level.
run_patchwork_prompt() { # LOG
    flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "log=debug" \
        --cpus "$CPUS" --memory "$MEMORY" --timeout 300 --stop-on "console: first read at" --expect stopped \
        --mark qemu_start_to_prompt "console: first read at" --mark bootloader "boot: PatchworkOS bootloader" \
        --log "$1" >"$1.out" || fail "PatchworkOS (prompt): $(tail -n 1 "$1.out"); $(tail -n 5 "$1")"
    grep '^timing ' "$1.out" >>"$1"
}

# The in-kernel groups: name, CPUs, memory.
KERNEL_GROUPS=("memory 1 1024" "sched 2 256" "fs 1 256")

run_linux_kernel() { # LOG
    local group cpus memory
    : >"$1"
    for entry in "${KERNEL_GROUPS[@]}"; do
        read -r group cpus memory <<<"$entry"
        bench/linux_kbench.sh --cpus "$cpus" --memory "$memory" "$group" >>"$1" 2>"$1.err" ||
            fail "Linux kernel module, $group: $(tail -n 5 "$1.err")"
    done
}

run_patchwork_kernel() { # LOG
    local group cpus memory
    : >"$1"
    for entry in "${KERNEL_GROUPS[@]}"; do
        read -r group cpus memory <<<"$entry"
        flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "bench=$group" \
            --cpus "$cpus" --memory "$memory" --timeout "$TIMEOUT" --log "$1.$group" --expect pass >"$1.out" ||
            fail "PatchworkOS bench=$group: $(tail -n 1 "$1.out"); $(tail -n 5 "$1.$group")"
        cat "$1.$group" >>"$1"
    done
}

# "NAME VALUE" for each BENCH line of a log and each "timing NAME MS" line
# (the Linux console adds \r; PatchworkOS's kernel prints "# BENCH" in a
# test log).
values() {
    tr -d '\r' <"$1" | sed -n -e 's/^\(# \)\{0,1\}BENCH \([a-zA-Z0-9_]*\) \([0-9.]*\) .*/\2 \3/p' \
        -e 's/^timing \([a-z_]*\) \([0-9]*\) ms$/\1 \2/p'
}

for round in $(seq 1 "$rounds"); do
    : >"$work/linux.$round"
    : >"$work/patchwork.$round"
    for set in user boot kernel; do
        has_set "$set" || continue
        case $set in
        user) run_linux_user "$work/linux.user.$round.log"; run_patchwork_user "$work/patchwork.user.$round.log" ;;
        boot) run_linux_prompt "$work/linux.boot.$round.log"; run_patchwork_prompt "$work/patchwork.boot.$round.log" ;;
        kernel) run_linux_kernel "$work/linux.kernel.$round.log"; run_patchwork_kernel "$work/patchwork.kernel.$round.log" ;;
        esac
        values "$work/linux.$set.$round.log" >>"$work/linux.$round"
        values "$work/patchwork.$set.$round.log" >>"$work/patchwork.$round"
    done
    echo "# round $round: Linux $(tr '\n' ' ' <"$work/linux.$round")"
    echo "# round $round: PatchworkOS $(tr '\n' ' ' <"$work/patchwork.$round")"
    # The scheduler's counters after the user set (bench/user/compare.c):
    # what a figure far off its usual value went through.
    if has_set user; then
        tr -d '\r' <"$work/patchwork.user.$round.log" | sed -n "s/^# sched: /# round $round: PatchworkOS sched: /p"
    fi
done
if has_set user; then
    tr -d '\r' <"$work/linux.user.1.log" | grep '^# [a-z_]* ' | grep -v '^# compare: ' || true
fi

python3 bench/compare_table.py "$work" "$rounds" "$sets" || status=$?

# A static hello world (bench/hello.c) with each C library, as linked and
# stripped: libstd by the cross GCC, glibc by the host's.
gcc -O2 -static -o "$work/hello.linux" bench/hello.c
strip -o "$work/hello.linux.stripped" "$work/hello.linux"
x86_64-patchwork-gcc -O2 -o "$work/hello.patchwork" bench/hello.c
x86_64-patchwork-strip -o "$work/hello.patchwork.stripped" "$work/hello.patchwork"
for system in patchwork linux; do
    echo "BENCH hello_static_bytes_$system $(stat -c %s "$work/hello.$system") bytes"
    echo "BENCH hello_static_stripped_bytes_$system $(stat -c %s "$work/hello.$system.stripped") bytes"
done
echo "# baseline: $(cat "$linux_cache/version"), bench/user/compare*.c by the host's GCC $(gcc -dumpversion) -O2 -static; $rounds rounds, $CPUS CPUs for the user and boot sets; sets $sets"
exit "${status:-0}"
