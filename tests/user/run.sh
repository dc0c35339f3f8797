#!/usr/bin/env bash
# User-space tests: the image boots headless under QEMU (TCG) with the
# command line "utest", on 1, 2 and 4 CPUs. The kernel starts
# home:/bin/init --test as the first process, which starts
# home:/test/runner and exits with its status; the runner runs every test
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
    for program in bin/init bin/shell bin/ls bin/cat etc/init.conf test/runner test/syscall_test test/proc_test test/vfs_test test/helpers/exit_with bench/proc; do
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

# A person at the serial console (./build.sh run --headless): the ordinary
# boot starts init, init the shell; what is typed at the serial port runs,
# and the shell edits the line (a Backspace here) and keeps history (Up).
# Each line is typed once the previous one's output and the next prompt
# have come: the prompt is redrawn at every key, so it alone proves little.
check_serial_console_shell() {
    local log="$work/console.log"
    python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --cpus 2 --timeout 300 --log "$log" \
        --type-after 'home:/> ' 'echo one tw\x7fwo | wc -w\r' \
        --type-after '\n *2\s+home:/> ' 'mkdir d && echo hi > d/f && ls -l d && cat d/f\r' \
        --type-after '\nhi\s+home:/> ' '\x1b[A\x1b[A\r' \
        --type-after '\n *2\s+home:/> ' 'nosuch; echo status=$?\r' \
        --stop-on 'status=127' --expect stopped >"$work/console.out" ||
        tap_fail "$(grep '^# outcome' "$work/console.out"); last lines: $(tail -n 5 "$log" | tr '\n' '|')"
    local words
    words=$(tr -d '\r' <"$log" | grep -cE '^ *2$')
    [ "$words" -ge 1 ] || tap_fail "'echo one two | wc -w' did not print 2"
    grep -qx 'hi' <<<"$(tr -d '\r' <"$log")" || tap_fail "cat d/f did not print hi"
    grep -qE ' 3 +f|f.* 3( |$)' "$log" || tap_fail "ls -l d did not list f with its size 3"
    [ "$words" -ge 2 ] || tap_fail "Up Up Enter did not run the first command again"
    grep -q 'shell: nosuch: not found' "$log" || tap_fail "no 'not found' message for an unknown command"
}
tap_check serial-console-shell check_serial_console_shell

# ^C at the console reaches a program's signal(SIGINT) handler: the
# shell makes the program the foreground, the console sends it the note
# "interrupt", libstd runs the handler. One ^C, typed the moment the
# program says it waits: the shell holds ^C while it starts a program and
# passes on one that comes before the program is the foreground (a busy
# host once lost it there, when the shell named the foreground only after
# spawn returned).
check_console_interrupt_runs_handler() {
    local log="$work/interrupt.log"
    python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --cpus 2 --timeout 300 --log "$log" \
        --type-after 'home:/> ' 'home:/test/helpers/signal_child wait-int\r' \
        --type-after 'waiting for \^C' '\x03' \
        --stop-on 'caught SIGINT' --expect stopped >"$work/interrupt.out" ||
        tap_fail "$(grep '^# outcome' "$work/interrupt.out"); last lines: $(tail -n 5 "$log" | tr '\n' '|')"
}
tap_check console-interrupt-runs-sigint-handler check_console_interrupt_runs_handler
