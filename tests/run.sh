#!/usr/bin/env bash
# Run the test suites and summarise: every result is a numbered TAP line,
# the last line is "N passed, N failed, N skipped", and the exit status is
# non-zero when anything failed.
#
# Usage: tests/run.sh [SUITE...]   (default: every suite, in order)
#
# A suite is tests/SUITE/run.sh; it prints "ok - suite/name" lines (see
# tests/lib/tap.sh). Before the suites run, the build they need is made;
# that step is itself a test, so a broken build shows up as a failure.
#
# Some suites (ports) hold /tmp/patchwork-qemu.lock around each QEMU run,
# so that runs sharing a machine take turns: never run this script under
# that lock yourself (flock ... ./build.sh test), or the first such run
# waits for its own parent for ever.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"

all_suites=(host libstd toolchain ports boot user desktop fuzz)
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=("${all_suites[@]}")
for s in "${suites[@]}"; do
    if [ ! -x "tests/$s/run.sh" ]; then
        echo "tests/run.sh: no suite '$s' (suites: ${all_suites[*]})" >&2
        exit 2
    fi
done

n=0 passed=0 failed=0 skipped=0

# Number and count one line of suite output; pass anything else through.
report() {
    local line=$1
    if [[ $line =~ ^(not\ )?ok([[:space:]]+[0-9]+)?[[:space:]]+-[[:space:]]+(.*)$ ]]; then
        n=$((n + 1))
        local rest=${BASH_REMATCH[3]}
        if [ -n "${BASH_REMATCH[1]}" ]; then
            failed=$((failed + 1))
            echo "not ok $n - $rest"
        else
            if [[ $rest =~ \#[[:space:]]*SKIP ]]; then
                skipped=$((skipped + 1))
            else
                passed=$((passed + 1))
            fi
            echo "ok $n - $rest"
        fi
    else
        echo "$line"
    fi
}

# The builds the suites rely on: toolchain (cached), sysroot, image. Their
# output streams as diagnostics, so a long toolchain build shows progress.
for target in sysroot image; do
    ./build.sh "$target" 2>&1 | sed -u 's/^/# /'
    if [ "${PIPESTATUS[0]}" -eq 0 ]; then
        report "ok - build/$target"
    else
        report "not ok - build/$target # ./build.sh $target failed"
    fi
done

for s in "${suites[@]}"; do
    # The suite's exit status arrives as a last, private line: a suite that
    # fails without printing "not ok" (a crash, say) still counts as failed.
    while IFS= read -r line; do
        if [[ $line =~ ^\#__status\ ([0-9]+)$ ]]; then
            [ "${BASH_REMATCH[1]}" -ne 0 ] &&
                report "not ok - $s/suite # tests/$s/run.sh exited with status ${BASH_REMATCH[1]}"
        else
            report "$line"
        fi
    done < <(TAP_SUITE=$s "tests/$s/run.sh" 2>&1; echo "#__status $?")
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
