#!/usr/bin/env bash
# libpatchwork's toolkit on the host (part of the host suite, run by
# tests/host/run.sh): the configuration files (config_test.c, also
# parsing root/cfg/*.conf as shipped), the calculator's engine
# (calc_test.c, programs/calculator/engine.c) and the widgets, theme and
# layout over a plain surface (widget_test.c, with the build's font); each
# built with gcc, ASan and UBSan.
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
TAP_SUITE=${TAP_SUITE:-host}
. "$root/tests/lib/tap.sh"
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=build/host-tests
fonts=build/desktop/fonts
mkdir -p "$out" "$work/fonts"

status=0
log=$(make -s $fonts/sans-14.grf 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok widgets/font "making the font failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
    exit 1
fi
# A font folder with only the normal font: the theme falls back to it.
cp $fonts/sans-14.grf "$work/fonts/"

flags=(-std=c17 -pedantic-errors -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Ilibs/libpatchwork/include)
# (client/load.c: the theme reads its fonts with it, through stdio.)
pure=(libs/libpatchwork/src/*.c libs/libpatchwork/src/widget/*.c libs/libpatchwork/src/config/*.c
    libs/libpatchwork/src/client/load.c)

# build NAME SOURCES...: compile, or say why not.
build() {
    local name=$1 log status=0
    shift
    log=$(gcc "${flags[@]}" "$@" -lm -o "$out/$name" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        tap_not_ok "widgets/$name-build" "compiling $name failed"
        printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
        return 1
    fi
}

# run NAME ARGS...: "ok N - name" becomes "ok - host/widgets/name"; a
# crash (an ASan report) after the last line still fails.
run() {
    local name=$1 status=0
    shift
    "$out/$name" "$@" >"$work/$name.out" 2>&1 || status=$?
    sed -nE "s/^(not )?ok [0-9]+ - ([^#]*[^# ]) *(#.*)?$/\\1ok - $TAP_SUITE\\/widgets\\/\\2 \\3/p" "$work/$name.out" |
        sed 's/ $//'
    grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/$name.out" | sed 's/^#*/#/' | head -n 40
    if [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/$name.out"; then
        tap_not_ok "widgets/$name-exit" "$name exited with status $status"
    fi
}

build config_test tests/host/widgets/config_test.c "${pure[@]}" && run config_test "$work" root/cfg/*.conf
build calc_test -Iprograms/calculator tests/host/widgets/calc_test.c programs/calculator/engine.c && run calc_test
build widget_test tests/host/widgets/widget_test.c "${pure[@]}" && run widget_test $fonts/sans-14.grf "$work/fonts"
