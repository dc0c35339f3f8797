#!/usr/bin/env bash
# Does KVM run PatchworkOS on this machine? Exit 0 if so.
#
# Opening /dev/kvm is not proof: on some hosts KVM starts and then cannot
# run the firmware ("KVM internal error"). The probe boots IMAGE with KVM
# and waits for the bootloader's first line. The answer is kept in
# build/kvm-probe, keyed by the QEMU version and the host kernel.
#
# usage: tools/kvm_probe.sh IMAGE
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$(dirname "$here")/build/kvm-probe"
key="$(qemu-system-x86_64 --version | head -n1) / $(uname -r)"

if [ -f "$cache" ] && [ "$(head -n1 "$cache")" = "$key" ]; then
    [ "$(sed -n 2p "$cache")" = yes ]
    exit
fi
answer=no
if python3 "$here/qemu_harness.py" "$1" --accel kvm --cmdline "" --timeout 30 \
    --stop-on "boot: PatchworkOS bootloader" --expect stopped >/dev/null 2>&1; then
    answer=yes
fi
mkdir -p "$(dirname "$cache")"
printf '%s\n%s\n' "$key" "$answer" >"$cache"
[ "$answer" = yes ]
