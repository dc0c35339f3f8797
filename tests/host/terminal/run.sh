#!/usr/bin/env bash
# The terminal emulator's model (programs/terminal/vt*.c) on the host (part
# of the host suite, run by tests/host/run.sh): built with gcc, ASan and
# UBSan against terminal_test.c (text, sequences, colours),
# terminal_screen_test.c (scrolling, history, resizing, damage) and
# terminal_fuzz_test.c (hostile input and a fuzzing run, fixed seed).
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
TAP_SUITE=${TAP_SUITE:-host}
. "$root/tests/lib/tap.sh"
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=build/host-tests
mkdir -p "$out"

for test in terminal_test terminal_screen_test terminal_fuzz_test; do
    status=0
    log=$(gcc -std=c17 -pedantic-errors -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined \
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Iprograms/terminal \
        "tests/host/terminal/$test.c" programs/terminal/vt*.c -o "$out/$test" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        tap_not_ok "terminal/$test-build" "compiling $test.c with the model failed"
        printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
        continue
    fi
    status=0
    "$out/$test" >"$work/$test.out" 2>&1 || status=$?
    sed -nE "s/^(not )?ok [0-9]+ - ([^#]*[^# ]) *(#.*)?$/\\1ok - $TAP_SUITE\\/terminal\\/\\2 \\3/p" "$work/$test.out" |
        sed 's/ $//'
    grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/$test.out" | sed 's/^#*/#/' | head -n 40
    if [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/$test.out"; then
        tap_not_ok "terminal/$test-exit" "$test exited with status $status"
    fi
done
