# shellcheck shell=bash
# The zlib port from its real recipe (sourced by tests/ports/run.sh): it
# builds (from the cache when warm), pkg-config finds it in the sysroot, a
# program links with -lz, and minigzip round-trips a file in the OS.
# While libstd lacks what zlib's recipe needs (needs_headers), port.sh
# says so with status 3 and these are skipped with its message.

zlib_status=0
"$root/ports/port.sh" zlib >"$work/zlib.out" 2>&1 || zlib_status=$?
sed 's/^/# /' "$work/zlib.out"
if [ "$zlib_status" -eq 3 ]; then
    reason=$(grep -m 1 'needs <' "$work/zlib.out")
    for t in zlib-builds zlib-listed-built pkg-config-finds-zlib program-links-with-lz minigzip-round-trip-in-os; do
        tap_skip "$t" "$reason"
    done
    return 0
fi
if [ "$zlib_status" -eq 0 ]; then
    tap_ok zlib-builds
else
    tap_not_ok zlib-builds "ports/port.sh zlib exited with $zlib_status"
fi

check_zlib_listed() {
    grep -qE '^zlib +1\.2\.13 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "--list: $("$root/ports/port.sh" --list)"
}
tap_check zlib-listed-built check_zlib_listed

check_pkg_config_zlib() {
    local pc="$TOOLCHAIN_TARGET-pkg-config" sysroot
    sysroot=$(cd "$root/sysroot" && pwd -P)
    [ "$("$pc" --modversion zlib)" = 1.2.13 ] || tap_fail "zlib.pc not found in the sysroot"
    [ "$("$pc" --cflags zlib | xargs)" = "-I$sysroot/usr/include" ] || tap_fail "cflags: $("$pc" --cflags zlib)"
}
tap_check pkg-config-finds-zlib check_pkg_config_zlib

check_link_lz() {
    cat >"$work/z.c" <<'C'
#include <string.h>
#include <zlib.h>

int main(void)
{
    const char text[] = "PatchworkOS PatchworkOS PatchworkOS";
    unsigned char packed[128], unpacked[64];
    uLongf np = sizeof(packed), nu = sizeof(unpacked);
    if (compress(packed, &np, (const Bytef*)text, sizeof(text)) != Z_OK) return 1;
    if (uncompress(unpacked, &nu, packed, np) != Z_OK) return 2;
    return nu == sizeof(text) && memcmp(unpacked, text, nu) == 0 ? 0 : 3;
}
C
    # shellcheck disable=SC2046 # pkg-config prints separate words
    "$TOOLCHAIN_TARGET-gcc" -std=c17 -Wall -Wextra -Werror -o "$work/z" "$work/z.c" \
        $("$TOOLCHAIN_TARGET-pkg-config" --cflags --libs zlib) || tap_fail "does not compile and link"
    grep -q ' T compress$' <<<"$("$TOOLCHAIN_TARGET-nm" "$work/z")" || tap_fail "compress was not linked in from libz.a"
}
tap_check program-links-with-lz check_link_lz

# In the OS: compress a file with minigzip, decompress it, print it.
check_minigzip_in_os() {
    local image="$root/build/patchwork.img" log="$work/minigzip.log" mg=home:/usr/bin/minigzip
    [ -f "$root/build/ports/root/usr/bin/minigzip" ] || tap_fail "zlib installed no minigzip"
    make -s -C "$root" -j"$JOBS" image >"$work/image.log" 2>&1 || tap_fail "image: $(tail -n 3 "$work/image.log")"
    flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --cpus 2 \
        --timeout 300 --log "$log" \
        --type-after 'home:/> ' "echo zlib-round-trip > z.txt && $mg z.txt && ls && $mg -d z.txt.gz && cat z.txt; echo status=\$?\\r" \
        --stop-on 'status=[0-9]+' --expect stopped >"$work/minigzip.out" ||
        tap_fail "$(grep '^# outcome' "$work/minigzip.out"); last lines: $(tail -n 5 "$log" | tr '\n' '|')"
    grep -q 'z\.txt\.gz' <<<"$(tr -d '\r' <"$log")" || tap_fail "minigzip made no z.txt.gz: $(tail -n 5 "$log" | tr '\n' '|')"
    grep -qx 'zlib-round-trip' <<<"$(tr -d '\r' <"$log")" || tap_fail "the text did not come back: $(tail -n 5 "$log" | tr '\n' '|')"
    grep -q 'status=0' "$log" || tap_fail "a command failed: $(tail -n 5 "$log" | tr '\n' '|')"
}
tap_check minigzip-round-trip-in-os check_minigzip_in_os
