#!/usr/bin/env bash
# libpatchwork's toolkit on the host (part of the host suite, run by
# tests/host/run.sh): the configuration files (config_test.c, also
# parsing root/cfg/*.conf as shipped), the calculator's engine
# (calc_test.c, programs/calculator/engine.c) and the widgets, theme and
# layout over a plain surface (widget_test.c, with the build's font); each
# built with gcc, ASan and UBSan.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
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

. tests/host/c_test.sh
# (client/load.c: the theme reads its fonts with it, through stdio.)
pure=(libs/libpatchwork/src/*.c libs/libpatchwork/src/widget/*.c libs/libpatchwork/src/config/*.c
    libs/libpatchwork/src/client/load.c)
inc=-Ilibs/libpatchwork/include

host_c_build widgets config_test $inc tests/host/widgets/config_test.c "${pure[@]}" &&
    host_c_run widgets config_test "$work" root/cfg/*.conf
host_c_build widgets calc_test $inc -Iprograms/calculator tests/host/widgets/calc_test.c programs/calculator/engine.c &&
    host_c_run widgets calc_test
host_c_build widgets widget_test $inc tests/host/widgets/widget_test.c "${pure[@]}" &&
    host_c_run widgets widget_test $fonts/sans-14.grf "$work/fonts"
