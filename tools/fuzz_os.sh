#!/usr/bin/env bash
# The in-OS fuzzer (programs/fuzz, docs/fuzzing.md) under QEMU: build the
# image, boot it with the command line "ufuzz=SECONDS,SEED" (the kernel
# starts home:/bin/fuzz and ends QEMU with its verdict, or with a panic),
# and print the fuzzer's report. The whole serial log is kept in
# build/fuzz/serial-NCPU.log.
#
# usage: tools/fuzz_os.sh [SECONDS] [SEED] [--cpus N] [--memory MIB] [-x FAMILIES]
#   SECONDS  how long children are started (default 60)
#   SEED     the master seed (default 0x5eed), decimal or 0x hex
#   -x       families of operations to leave out, e.g. "sockets,elf"
# The exit status is 0 when the fuzzer's verdict is pass.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() {
    echo "usage: ./build.sh fuzz [SECONDS] [SEED] [--cpus N] [--memory MIB] [-x FAMILIES]" >&2
    echo "       ./build.sh fuzz host [ARGS]   (host-side fuzzing of the parsers)" >&2
    exit 2
}

if [ "${1:-}" = host ]; then
    echo "fuzz: host-side fuzzing is not here yet (tools/fuzz_host.sh is missing)" >&2
    exit 2
fi

seconds=60 seed=0x5eed cpus=2 memory=512 families="" positional=0
while [ $# -gt 0 ]; do
    case $1 in
        --cpus) [ $# -ge 2 ] || usage; cpus=$2; shift ;;
        --memory) [ $# -ge 2 ] || usage; memory=$2; shift ;;
        -x) [ $# -ge 2 ] || usage; families=$2; shift ;;
        -h|--help) usage ;;
        -*) echo "fuzz: unknown option '$1'" >&2; usage ;;
        *)
            case $positional in
                0) seconds=$1 ;;
                1) seed=$1 ;;
                *) echo "fuzz: too many arguments" >&2; usage ;;
            esac
            positional=$((positional + 1))
            ;;
    esac
    shift
done
[[ $seconds =~ ^[0-9]+$ ]] && [ "$seconds" -ge 1 ] || { echo "fuzz: SECONDS must be a positive number" >&2; usage; }
[[ $seed =~ ^(0x[0-9a-fA-F]+|[0-9]+)$ ]] || { echo "fuzz: SEED must be a number (decimal or 0x hex)" >&2; usage; }
[[ $cpus =~ ^[0-9]+$ ]] && [ "$cpus" -ge 1 ] || { echo "fuzz: --cpus needs a positive number" >&2; usage; }
[[ $memory =~ ^[0-9]+$ ]] && [ "$memory" -ge 128 ] || { echo "fuzz: --memory needs a size in MiB (at least 128)" >&2; usage; }
[[ $families =~ ^[a-z,]*$ ]] || { echo "fuzz: -x takes family names separated by commas" >&2; usage; }

./build.sh image >/dev/null
mkdir -p build/fuzz
log="build/fuzz/serial-${cpus}cpu.log"
# The command line splits ufuzz's value at commas: the list goes with '+'.
cmdline="ufuzz=$seconds,$seed${families:+,-x,${families//,/+}}"
# The campaign, its warm-up (a few children), the kill bounds (20 s each)
# and the boot: a generous margin on a busy host under TCG.
timeout=$((seconds + 300))
echo "fuzz: $cmdline on $cpus CPUs, $memory MiB, at most $timeout s (serial log: $log)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
python3 tools/qemu_harness.py build/patchwork.img --cmdline "$cmdline" --cpus "$cpus" --memory "$memory" \
    --timeout "$timeout" --log "$log" >"$out" || status=$?
# The fuzzer's own lines (not each child's start), then what the harness
# says about the end: the outcome, and a panic's report.
sed -n 's/^# \(.*\)$/\1/p' "$out" | grep -aE '^(fuzz|BENCH)' | grep -avE '^fuzz: (warm-up )?child [0-9]+ pid ' || true
sed -n 's/^# \(panic report:\|no result after\|the CPU reset\|QEMU exited\)/\1/p; s/^#   /  /p; s/^# \(outcome: .*\)$/\1/p' "$out"
exit "$status"
