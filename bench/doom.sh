#!/usr/bin/env bash
# Doom: chocolate-doom's timedemo of Freedoom Phase 1's DEMO1 (the
# chocolate-doom and freedoom ports), three times in one boot, typed at the
# serial console while its 640x400 window is on the desktop: TCG, q35,
# -cpu max, 256 MiB, 2 CPUs (tools/qemu_harness.py). The game times itself
# with its own tic clock ("timed N gametics in M realtics (F fps)", 35
# realtics a second); prints the median as "BENCH doom_timedemo_fps".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
JOBS=${JOBS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "bench doom: $*" >&2
    exit 1
}

ports/port.sh chocolate-doom >"$work/port.log" 2>&1 || fail "ports/port.sh chocolate-doom: $(tail -n 5 "$work/port.log")"
make -s -j"$JOBS" image >"$work/image.log" 2>&1 || fail "image: $(tail -n 5 "$work/image.log")"
run='chocolate-doom -timedemo demo1 -nogui -window -geometry 640x400; '
flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "" --desktop --cpus 2 \
    --memory 256 --timeout 900 --log "$work/patchwork.log" \
    --type-after 'home:/> ' "${run}${run}${run}echo doom-bench-done\\r" \
    --stop-on '^doom-bench-done' --expect stopped >"$work/patchwork.out" ||
    fail "PatchworkOS: $(tail -n 1 "$work/patchwork.out"); $(tail -n 5 "$work/patchwork.log")"

mapfile -t runs < <(tr -d '\r' <"$work/patchwork.log" | grep -o 'timed [0-9]* gametics in [0-9]* realtics ([0-9.]* fps)')
[ "${#runs[@]}" -eq 3 ] || fail "${#runs[@]} timedemo reports, not 3: $(tail -n 5 "$work/patchwork.log")"
for r in "${runs[@]}"; do echo "# $r"; done
fps=$(printf '%s\n' "${runs[@]}" | sed 's/.*(\([0-9.]*\) fps)/\1/' | sort -n | sed -n 2p)
echo "BENCH doom_timedemo_fps $(printf '%.1f' "$fps") fps"
