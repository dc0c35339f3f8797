#!/usr/bin/env bash
# User-space tests: the image boots headless under QEMU (TCG) with the
# command line "utest", on 1, 2 and 4 CPUs. The kernel starts
# home:/test/runner as the first process; the runner runs every test
# program in home:/test (tests/user/*_test.c), whose TAP lines pass
# straight through, labelled with the CPU count, and prints one line per
# program. The kernel ends the run with "pass" when the runner exits with
# 0, "fail" otherwise; that outcome is this suite's line per run.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
image="$root/build/patchwork.img"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$image" ]; then
    tap_not_ok image-exists "no $image (./build.sh image failed?)"
    exit 1
fi

check_programs_in_image() {
    local program
    for program in test/runner test/syscall_test test/proc_test test/vfs_test test/helpers/exit_with bench/proc; do
        mdir -i "$image@@1M" "::/root/$program" >/dev/null 2>&1 || tap_fail "the image has no root/$program"
    done
}
tap_check programs-in-image check_programs_in_image

for cpus in 1 2 4; do
    python3 "$root/tools/qemu_harness.py" "$image" --cmdline "utest" --cpus $cpus --tap --tap-label "$cpus CPUs" \
        --timeout 600 --log "$work/user-$cpus.log" | tee "$work/out-$cpus"
    if [ "${PIPESTATUS[0]}" -eq 0 ]; then
        tap_ok "user-tests-pass-$cpus-cpus"
    else
        outcome=$(grep '^# outcome' "$work/out-$cpus" | sed 's/^# //')
        failures=$(grep -c '^not ok' "$work/out-$cpus")
        tap_not_ok "user-tests-pass-$cpus-cpus" "${outcome:-no outcome}, $failures tests not ok; see above"
    fi
done
