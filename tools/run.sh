#!/usr/bin/env bash
# Boot the PatchworkOS image in QEMU for a person: a window where a display
# exists, otherwise (or with --headless) the serial console on this
# terminal. KVM is used only when a probe proves it runs our guest;
# otherwise QEMU emulates (TCG).
#
# usage: tools/run.sh IMAGE [--headless] [--memory SIZE] [--cpus N] [--debug]
#   --debug   start paused with a gdb stub on localhost:1234 and run gdb
#             with the kernel's symbols (tools/gdbinit)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

usage() {
    echo "usage: ./build.sh run [--headless] [--memory SIZE] [--cpus N] [--no-ports]" >&2
    echo "       ./build.sh debug [--headless] [--memory SIZE] [--cpus N] [--no-ports]" >&2
    exit 2
}

image=$1
shift
# A person's machine: tools/machine.py's "run" profile (2 CPUs, 512 MiB).
headless=0 memory="" cpus="" debug=0
while [ $# -gt 0 ]; do
    case $1 in
        --headless) headless=1 ;;
        --memory) [ $# -ge 2 ] || usage; memory=$2; shift ;;
        --cpus) [ $# -ge 2 ] || usage; cpus=$2; shift ;;
        --debug) debug=1 ;;
        *) echo "run: unknown option '$1'" >&2; usage ;;
    esac
    shift
done
[ -z "$cpus" ] || { [[ $cpus =~ ^[0-9]+$ ]] && [ "$cpus" -ge 1 ]; } || { echo "run: --cpus needs a positive number" >&2; exit 2; }
[ -z "$memory" ] || [[ $memory =~ ^[0-9]+[MG]?$ ]] || { echo "run: --memory needs a size like 512M or 2G" >&2; exit 2; }

# KVM must prove itself on this machine: it has to boot OVMF into our
# bootloader, since a host can accept KVM and still fail to run firmware.
accel=tcg
if [ -w /dev/kvm ] && "$here/kvm_probe.sh" "$image"; then
    accel=kvm
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM  # so that the EXIT trap runs
cp /usr/share/OVMF/OVMF_VARS.fd "$work/vars.fd"

machine=(--profile run --accel "$accel" --vars "$work/vars.fd" --disk "$image" --snapshot)
[ -z "$cpus" ] || machine+=(--cpus "$cpus")
[ -z "$memory" ] || machine+=(--memory "$memory")
mapfile -t args < <(python3 "$here/machine.py" "${machine[@]}")
[ ${#args[@]} -gt 0 ] || { echo "run: tools/machine.py gave no QEMU command" >&2; exit 2; }
if [ "$headless" = 0 ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    args+=(-serial stdio)
    echo "run: QEMU ($accel) in a window; the serial log follows here"
else
    args+=(-display none -serial mon:stdio)
    echo "run: QEMU ($accel), serial console on this terminal; Ctrl-A X quits"
fi

if [ "$debug" = 1 ]; then
    args+=(-s -S)
    "${args[@]}" </dev/null >"$work/serial.log" 2>&1 &
    qemu=$!
    echo "debug: QEMU paused, gdb stub on localhost:1234; serial output in $work/serial.log"
    if command -v gdb >/dev/null 2>&1; then
        (cd "$root" && gdb -q -x tools/gdbinit) || true
    else
        echo "debug: gdb not found (Debian package 'gdb'); attach with: gdb -x tools/gdbinit" >&2
        wait "$qemu" || true
    fi
    kill "$qemu" 2>/dev/null || true
    exit 0
fi
"${args[@]}"
