#!/usr/bin/env bash
# The desktop programs' pure parts on the host (part of the host suite,
# run by tests/host/run.sh): tetris's engine (programs/tetris/pieces.c,
# bag.c, engine.c) against tetris_test.c and the clock's face geometry
# (programs/clock/face.c) against clock_test.c, built with gcc, ASan and
# UBSan.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
out=build/host-tests
mkdir -p "$out"

. tests/host/c_test.sh
host_c_build games tetris -Iprograms/tetris tests/host/games/tetris_test.c programs/tetris/pieces.c \
    programs/tetris/bag.c programs/tetris/engine.c && host_c_run games tetris
host_c_build games clock -Iprograms/clock tests/host/games/clock_test.c programs/clock/face.c && host_c_run games clock
