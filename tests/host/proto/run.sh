#!/usr/bin/env bash
# The window manager's protocol codec and key decoding (keys.c) on the host (part of the host suite,
# run by tests/host/run.sh): libpatchwork's src/proto built with gcc, ASan
# and UBSan, against proto_test.c.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
out=build/host-tests
mkdir -p "$out"

status=0
log=$(gcc -std=c17 -pedantic-errors -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined \
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Ilibs/libpatchwork/include \
    tests/host/proto/proto_test.c libs/libpatchwork/src/proto/*.c \
    libs/libpatchwork/src/keys.c -o "$out/proto_test" 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok proto/build "compiling proto_test.c with the codec failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
    exit 1
fi
status=0
"$out/proto_test" >"$work/proto.out" 2>&1 || status=$?
sed -nE "s/^(not )?ok [0-9]+ - ([^#]*[^# ]) *(#.*)?$/\\1ok - $TAP_SUITE\\/proto\\/\\2 \\3/p" "$work/proto.out" | sed 's/ $//'
grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/proto.out" | sed 's/^#*/#/' | head -n 40
if [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/proto.out"; then
    tap_not_ok proto/exit "proto_test exited with status $status"
fi
