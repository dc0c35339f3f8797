#!/usr/bin/env bash
# Doom: chocolate-doom's timedemo of Freedoom Phase 1's DEMO1 (the
# chocolate-doom and freedoom ports), in PatchworkOS and in Linux, in the
# same QEMU (TCG, q35, -cpu max, 256 MiB, 2 CPUs; tools/machine.py's
# bench profile). The game times itself with its own tic clock ("timed N
# gametics in M realtics (F fps)", 35 realtics a second).
#
# PatchworkOS boots with the desktop; at the serial console the timedemo
# runs six times, alternating its 640x400 window on the desktop with SDL's
# dummy video driver (SDL_VIDEODRIVER=dummy: the same frames, drawn into
# memory and shown nowhere). Linux (Debian's kernel and busybox,
# bench/linux_guest.sh) runs the same game source, built for Linux by
# bench/doom_linux.sh, three times with the dummy driver. Both sides run
# with -nosound. Prints the medians:
#   BENCH doom_timedemo_fps            PatchworkOS, in a dwm window
#   BENCH doom_timedemo_fps_dummy      PatchworkOS, dummy video
#   BENCH doom_timedemo_fps_linux      Linux, dummy video
#   BENCH doom_timedemo_fps_ratio      PatchworkOS / Linux, dummy video
#                                      (frames per second: above 1 is ahead)
#   BENCH doom_present_ms_per_frame    what a frame's trip to the screen
#                                      costs the game: the window's frame
#                                      time less the dummy driver's
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
JOBS=${JOBS:-2}
CPUS=$(python3 tools/machine.py --profile bench --get cpus)
MEMORY=$(python3 tools/machine.py --profile bench --get memory)
TIMEOUT=900
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "bench doom: $*" >&2
    exit 1
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# The three "timed ..." lines of a log whose lines carry TAG, as fps.
fps_of() { # LOG TAG
    tr -d '\r' <"$1" | grep "$2" | sed -n 's/.*timed [0-9]* gametics in [0-9]* realtics (\([0-9.]*\) fps).*/\1/p'
}

args='-timedemo demo1 -nogui -nosound -window -geometry 640x400'

# Linux first: the build is cached after the first run.
. bench/linux_guest.sh
linux_guest_fetch
. bench/doom_linux.sh
doom_linux_build
ports/port.sh chocolate-doom >"$work/port.log" 2>&1 || fail "ports/port.sh chocolate-doom: $(tail -n 5 "$work/port.log")"
wad="$root/build/ports/root/usr/share/games/doom/freedoom1.wad"
[ -f "$wad" ] || fail "the freedoom port installed no $wad"
cat >"$work/init" <<EOF
#!/bin/busybox sh
/bin/busybox mkdir -p /proc /tmp
/bin/busybox mount -t proc proc /proc
export HOME=/tmp SDL_VIDEODRIVER=dummy
for i in 1 2 3; do
    /bin/chocolate-doom $args 2>&1 | /bin/busybox sed 's/^/linux-doom: /'
done
echo doom-bench-done
/bin/busybox poweroff -f
EOF
python3 bench/mkinitramfs.py "$work/doom.cpio" "$linux_cache/busybox" --init "$work/init" \
    --file "bin/chocolate-doom=$doom_linux_bin" --file "usr/share/games/doom/freedoom1.wad=$wad"
mapfile -t qemu < <(python3 tools/machine.py --cpus "$CPUS" --memory "$MEMORY" --headless \
    --linux "$linux_cache/vmlinuz" "$work/doom.cpio" "console=ttyS0 quiet panic=-1")
flock /tmp/patchwork-qemu.lock timeout "$TIMEOUT" "${qemu[@]}" -no-reboot </dev/null >"$work/linux.log" 2>&1 ||
    fail "Linux guest: $(tail -n 5 "$work/linux.log")"
grep -q '^doom-bench-done' <(tr -d '\r' <"$work/linux.log") || fail "Linux guest did not finish: $(tail -n 5 "$work/linux.log")"

# PatchworkOS: window, dummy, window, dummy, window, dummy.
make -s -j"$JOBS" image >"$work/image.log" 2>&1 || fail "image: $(tail -n 5 "$work/image.log")"
run=""
for i in 1 2 3; do
    run+="unset SDL_VIDEODRIVER; chocolate-doom $args; echo doom-run-window; "
    run+="export SDL_VIDEODRIVER=dummy; chocolate-doom $args; echo doom-run-dummy; "
done
flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "" --desktop \
    --cpus "$CPUS" --memory "$MEMORY" --timeout "$TIMEOUT" --log "$work/patchwork.log" \
    --type-after 'home:/> ' "${run}echo doom-bench-done\\r" \
    --stop-on '^doom-bench-done' --expect stopped >"$work/patchwork.out" ||
    fail "PatchworkOS: $(tail -n 1 "$work/patchwork.out"); $(tail -n 5 "$work/patchwork.log")"

# Each report is followed by its run's marker: tag the report with it.
tr -d '\r' <"$work/patchwork.log" | awk '
    /timed [0-9]* gametics/ { report = $0 }
    /^doom-run-(window|dummy)$/ { if (report != "") print $0 ": " report; report = "" }' >"$work/patchwork.runs"
window=$(fps_of "$work/patchwork.runs" '^doom-run-window')
dummy=$(fps_of "$work/patchwork.runs" '^doom-run-dummy')
linux=$(fps_of "$work/linux.log" '^linux-doom: ')
for side in window dummy linux; do
    [ "$(wc -w <<<"${!side}")" -eq 3 ] || fail "$side: $(wc -w <<<"${!side}") timedemo reports, not 3"
done
sed 's/^/# /' "$work/patchwork.runs"
tr -d '\r' <"$work/linux.log" | grep -o 'linux-doom: timed .*' | sed 's/^/# /'
window=$(median <<<"$window")
dummy=$(median <<<"$dummy")
linux=$(median <<<"$linux")
echo "BENCH doom_timedemo_fps $(printf '%.1f' "$window") fps"
echo "BENCH doom_timedemo_fps_dummy $(printf '%.1f' "$dummy") fps"
echo "BENCH doom_timedemo_fps_linux $(printf '%.1f' "$linux") fps"
echo "BENCH doom_timedemo_fps_ratio $(awk -v a="$dummy" -v b="$linux" 'BEGIN { printf "%.2f", a / b }') x"
echo "BENCH doom_present_ms_per_frame $(awk -v w="$window" -v d="$dummy" 'BEGIN { printf "%.2f", 1000 / w - 1000 / d }') ms"
echo "# baseline: $(cat "$linux_cache/version"), the same chocolate-doom and SDL 2 sources built with the host's $(gcc -dumpversion), static"
