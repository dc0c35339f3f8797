#!/usr/bin/env bash
# The terminal emulator's model (programs/terminal/vt*.c) on the host (part
# of the host suite, run by tests/host/run.sh): built with gcc, ASan and
# UBSan against terminal_test.c (text, sequences, colours),
# terminal_screen_test.c (scrolling, history, resizing, damage) and
# terminal_fuzz_test.c (hostile input and a fuzzing run, fixed seed).
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
out=build/host-tests
mkdir -p "$out"

. tests/host/c_test.sh
for test in terminal_test terminal_screen_test terminal_fuzz_test; do
    host_c_build terminal "$test" -Iprograms/terminal "tests/host/terminal/$test.c" programs/terminal/vt*.c &&
        host_c_run terminal "$test"
done
