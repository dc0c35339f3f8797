# shellcheck shell=bash
# The Freedoom data port (sourced by tests/ports/run.sh): Debian's binary
# package through apt-get download (from the cache when warm), unpacked
# with dpkg-deb -x; Phase 1's IWAD lands where chocolate-doom looks
# (home:/usr/share/games/doom) with its demos.

freedoom_status=0
"$root/ports/port.sh" freedoom >"$work/freedoom.out" 2>&1 || freedoom_status=$?
sed 's/^/# /' "$work/freedoom.out"
if [ "$freedoom_status" -eq 0 ]; then
    tap_ok freedoom-builds
else
    tap_not_ok freedoom-builds "ports/port.sh freedoom exited with $freedoom_status"
fi

check_freedoom_installed() {
    local wad="$root/build/ports/root/usr/share/games/doom/freedoom1.wad" d
    grep -qE '^freedoom +0\.12\.1 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "not listed as built"
    [ -f "$wad" ] || tap_fail "no $wad"
    [ "$(python3 "$here/wad.py" "$wad" kind)" = IWAD ] || tap_fail "freedoom1.wad is not an IWAD"
    for d in E1M1 E4M9 DEMO1 DEMO4; do
        python3 "$here/wad.py" "$wad" has "$d" || tap_fail "freedoom1.wad has no $d lump"
    done
    [ ! -e "$root/build/ports/root/usr/share/games/doom/freedoom2.wad" ] || tap_fail "freedoom2.wad is installed too"
}
tap_check freedoom-iwad-installed check_freedoom_installed
