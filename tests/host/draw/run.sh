#!/usr/bin/env bash
# libpatchwork's drawing on the host (part of the host suite, run by
# tests/host/run.sh): surfaces, fills, blending, lines, gradients, blits,
# text and damage (draw_test.c), built with gcc, ASan and UBSan against the
# font and image the build makes.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
out=build/host-tests
fonts=build/desktop/fonts
images=build/desktop/images

status=0
log=$(make -s $fonts/sans-14.grf $images/disc.fbmp 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok draw/build "making the font and image failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
    exit 1
fi

mkdir -p "$out"
status=0
log=$(gcc -std=c17 -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
    -fno-omit-frame-pointer -Ilibs/libpatchwork/include tests/host/draw/draw_test.c \
    libs/libpatchwork/src/*.c -lm -o "$out/draw_test" 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok draw/test-build "compiling draw_test.c with libpatchwork failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
    exit 1
fi
# "ok N - name" becomes "ok - host/draw/name"; a crash (an ASan report)
# after the last line still fails.
status=0
"$out/draw_test" $fonts/sans-14.grf $images/disc.fbmp >"$work/draw.out" 2>&1 || status=$?
sed -nE "s/^(not )?ok [0-9]+ - (.*)$/\\1ok - $TAP_SUITE\\/draw\\/\\2/p" "$work/draw.out"
grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/draw.out" | sed 's/^#*/#/' | head -n 40
if [ "$status" -ne 0 ]; then
    tap_not_ok draw/exit "draw_test exited with status $status"
fi
