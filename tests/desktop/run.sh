#!/usr/bin/env bash
# The desktop, booted as a person gets it (init starts dwm, the wallpaper
# and the taskbar) and used through QEMU's QMP: drive.py clicks and types
# and looks at screen dumps; what the terminal's shell ran shows on the
# serial console too. The screens (PPM, and PNGs of the terminal and the
# calculator) are kept in build/desktop-test/ for a person to look at.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
image="$root/build/patchwork.img"
dir="$root/build/desktop-test"
width=1280 height=800

rm -rf "$dir"
mkdir -p "$dir"
if [ ! -f "$image" ]; then
    tap_not_ok image-exists "no $image (./build.sh image failed?)"
    exit 1
fi

# A socket's path must be short (108 bytes): not in a clone's deep build folder.
sockets=$(mktemp -d)
trap 'rm -rf "$sockets"' EXIT
python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --desktop --mode "${width}x${height}" --cpus 2 \
    --memory 512 --timeout 420 --stop-on "^desktop-test: done" --expect stopped --qmp "$sockets/qmp.sock" \
    --log "$dir/serial.log" >"$dir/harness.out" 2>&1 &
harness=$!
python3 "$here/drive.py" "$sockets/qmp.sock" "$dir" "$width" "$height"
driven=$?
wait "$harness"
outcome=$?

check_serial() {
    [ "$outcome" -eq 0 ] || tap_fail "the run did not end as asked: $(grep '^# outcome' "$dir/harness.out")"
    grep -q "^hello from the desktop" "$dir/serial.log" ||
        tap_fail "the command typed in the terminal did not run (nothing on the serial console)"
}
tap_check typed-command-ran check_serial
[ "$driven" -eq 0 ]
