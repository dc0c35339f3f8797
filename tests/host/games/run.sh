#!/usr/bin/env bash
# The desktop programs' pure parts on the host (part of the host suite,
# run by tests/host/run.sh): tetris's engine (programs/tetris/pieces.c,
# bag.c, engine.c) against tetris_test.c and the clock's face geometry
# (programs/clock/face.c) against clock_test.c, built with gcc, ASan and
# UBSan.
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
TAP_SUITE=${TAP_SUITE:-host}
. "$root/tests/lib/tap.sh"
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=build/host-tests
mkdir -p "$out"

# run NAME INCLUDE_DIR SOURCES...: build tests/host/games/NAME_test.c with
# SOURCES and pass its TAP lines on, labelled host/games/...
run() {
    local name=$1 include=$2 status=0 log
    shift 2
    log=$(gcc -std=c17 -pedantic-errors -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined \
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -I"$include" \
        "tests/host/games/${name}_test.c" "$@" -lm -o "$out/games_${name}_test" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        tap_not_ok "games/$name-build" "compiling ${name}_test.c failed"
        printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
        return
    fi
    status=0
    "$out/games_${name}_test" >"$work/$name.out" 2>&1 || status=$?
    sed -nE "s/^(not )?ok [0-9]+ - ([^#]*[^# ]) *(#.*)?$/\\1ok - $TAP_SUITE\\/games\\/\\2 \\3/p" "$work/$name.out" |
        sed 's/ $//'
    grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/$name.out" | sed 's/^#*/#/' | head -n 40
    if [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/$name.out"; then
        tap_not_ok "games/$name-exit" "${name}_test exited with status $status"
    fi
}

run tetris programs/tetris programs/tetris/pieces.c programs/tetris/bag.c programs/tetris/engine.c
run clock programs/clock programs/clock/face.c
