#!/usr/bin/env bash
# Lua benchmarks: the scripts in bench/lua/ (fib(30), string building,
# table.sort), each run three times by the port's lua in PatchworkOS and
# by the same Lua source built for Linux (host gcc, static) in Debian's
# Linux kernel with a busybox initramfs, on the same QEMU settings: TCG,
# q35, -cpu max, 256 MiB, 2 CPUs. Prints the medians as
# "BENCH lua_NAME_ms", "BENCH lua_NAME_ms_linux" and their ratio
# "BENCH lua_NAME_ratio" (PatchworkOS / Linux; above 1 is slower).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
JOBS=${JOBS:-2}
scripts=(fib30 string_build table_sort)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "bench lua: $*" >&2
    exit 1
}

# PatchworkOS: the port (from its cache when built) and an image with
# bench/lua/ as home:/bench/lua (tools/image.mk).
ports/port.sh lua >"$work/port.log" 2>&1 || fail "ports/port.sh lua: $(tail -n 5 "$work/port.log")"
make -s -j"$JOBS" image >"$work/image.log" 2>&1 || fail "image: $(tail -n 5 "$work/image.log")"
command=""
for s in "${scripts[@]}"; do command+="home:/usr/bin/lua home:/bench/lua/$s.lua; "; done
flock /tmp/patchwork-qemu.lock python3 tools/qemu_harness.py build/patchwork.img --cmdline "" --cpus 2 \
    --memory 256 --timeout 900 --log "$work/patchwork.log" \
    --type-after 'home:/> ' "${command}echo lua-bench-done\\r" \
    --stop-on '^lua-bench-done' --expect stopped >"$work/patchwork.out" ||
    fail "PatchworkOS: $(tail -n 1 "$work/patchwork.out"); $(tail -n 5 "$work/patchwork.log")"

# Linux: the same Debian source, its Debian patches and the port's, built
# by the host's gcc as Lua's "posix" platform (the port's), linked
# statically. Debian's luaconf.h wants the header Debian's build writes.
. bench/linux_guest.sh
linux_guest_fetch
sources="${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}/ports/sources/lua"
dsc=$(ls "$sources"/*.dsc)
dpkg-source --no-check -x "$dsc" "$work/src" >"$work/host-build.log" 2>&1 || fail "dpkg-source: $(tail -n 3 "$work/host-build.log")"
(
    cd "$work/src"
    patch -R -p1 <debian/patches/0001-build-system.patch
    for p in "$root"/ports/lua/patches/*.patch; do patch -p1 <"$p"; done
    echo '#define DEB_HOST_MULTIARCH "x86_64-linux-gnu"' >src/lua5.4-deb-multiarch.h
    make -C src -j"$JOBS" posix CC="gcc -std=gnu99" MYLDFLAGS=-static
) >>"$work/host-build.log" 2>&1 || fail "host build: $(tail -n 5 "$work/host-build.log")"
cat >"$work/init" <<EOF
#!/bin/busybox sh
for s in ${scripts[*]}; do /bin/lua /bench/lua/\$s.lua; done
echo lua-bench-done
/bin/busybox poweroff -f
EOF
files=(--file "bin/lua=$work/src/src/lua")
for f in bench/lua/*.lua; do files+=(--file "bench/lua/$(basename "$f")=$f"); done
python3 bench/mkinitramfs.py "$work/lua.cpio" "$linux_cache/busybox" --init "$work/init" "${files[@]}"
mapfile -t qemu < <(python3 tools/machine.py --profile bench --headless \
    --linux "$linux_cache/vmlinuz" "$work/lua.cpio" "console=ttyS0 quiet panic=-1")
flock /tmp/patchwork-qemu.lock timeout 900 "${qemu[@]}" -no-reboot \
    </dev/null >"$work/linux.log" 2>&1 || fail "Linux guest: $(tail -n 5 "$work/linux.log")"
grep -q '^lua-bench-done' <(tr -d '\r' <"$work/linux.log") || fail "Linux guest did not finish: $(tail -n 5 "$work/linux.log")"

# "lua-bench NAME MEDIAN_MS (A B C)" from each log.
median() { tr -d '\r' <"$1" | sed -n "s/^\(# \)\{0,1\}lua-bench $2 \([0-9]*\) .*/\2/p" | tail -n 1; }
for s in "${scripts[@]}"; do
    ours=$(median "$work/patchwork.log" "$s")
    linux=$(median "$work/linux.log" "$s")
    [ -n "$ours" ] || fail "PatchworkOS printed no result for $s: $(tail -n 5 "$work/patchwork.log")"
    [ -n "$linux" ] || fail "Linux printed no result for $s: $(tail -n 5 "$work/linux.log")"
    echo "# $s runs: PatchworkOS $(tr -d '\r' <"$work/patchwork.log" | grep -o "lua-bench $s .*" | tail -n 1 | cut -d' ' -f4-)," \
        "Linux $(tr -d '\r' <"$work/linux.log" | grep -o "lua-bench $s .*" | tail -n 1 | cut -d' ' -f4-)"
    echo "BENCH lua_${s}_ms $ours ms"
    echo "BENCH lua_${s}_ms_linux $linux ms"
    echo "BENCH lua_${s}_ratio $(awk -v a="$ours" -v b="$linux" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
done
echo "# baseline: $(cat "$linux_cache/version"), the same Lua 5.4.4 source built with the host's $(gcc -dumpversion) -O2, static"
