#!/usr/bin/env bash
# Boot tests: the image boots headless under QEMU (TCG) and the kernel's
# own tests run; the failure paths (panic, triple fault, hang, a bad kernel
# file) are each recognised and reported; the screen shows the log; the
# disk image's partition table is sound; ./build.sh run --headless shows
# the kernel's log; ./build.sh debug stops gdb at the kernel's entry.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
image="$root/build/patchwork.img"
kernel="$root/build/kernel/kernel.elf"
harness() { python3 "$root/tools/qemu_harness.py" "$image" "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$image" ]; then
    tap_not_ok image-exists "no $image (./build.sh image failed?)"
    exit 1
fi

# The kernel's tests, on 1, 2 and 4 CPUs: their TAP lines pass straight
# through, labelled with the CPU count.
for cpus in 1 2 4; do
    harness --cmdline "test" --cpus $cpus --tap --tap-label "$cpus CPUs" --timeout 300 --log "$work/tests-$cpus.log"
    if [ $? -eq 0 ]; then
        tap_ok "kernel-tests-complete-$cpus-cpus"
    else
        tap_not_ok "kernel-tests-complete-$cpus-cpus" "$(tail -n1 "$work/tests-$cpus.log" 2>/dev/null); see the outcome above"
    fi
done
cp "$work/tests-1.log" "$work/tests.log"

check_all_cpus_online() {
    grep -q "kernel: init done in .*, 4 CPUs" "$work/tests-4.log" || tap_fail "4 CPUs were asked for; the log says: $(grep 'init done' "$work/tests-4.log")"
}
tap_check smp-4-cpus-online check_all_cpus_online

check_milestones() {
    for line in "boot: PatchworkOS bootloader" "kernel: entered" "kernel: init done"; do
        grep -q "$line" "$work/tests.log" || tap_fail "serial log lacks '$line'"
    done
}
tap_check reaches-kernel-main check_milestones

check_panic_report() { # TRIGGER VECTOR_TEXT ERROR_TEXT FUNCTION [EXTRA]
    local log="$work/panic-$1.log"
    harness --cmdline "test panic_test=$1" --expect panic --log "$log" >"$work/out" ||
        tap_fail "outcome: $(tail -n1 "$work/out")"
    for field in '!!! KERNEL PANIC !!!' "$2" "$3" 'rip=0xffffffff8' 'rsp=0x' 'rax=0x' 'r15=0x' 'cr2=0x' \
        'cr3=0x' 'stack trace:' "$4+0x" 'kmain+0x' '_start+0x' ${5:+"$5"}; do
        grep -qF -- "$field" "$log" || tap_fail "panic report lacks '$field'"
    done
}
tap_check panic-report-page-fault check_panic_report page_fault 'vector 14 (#PF page fault)' \
    'error code 0x2' crash_page_fault 'cr2=0xffffc0dedead0000'
tap_check panic-report-invalid-opcode check_panic_report invalid_opcode 'vector 6 (#UD invalid opcode)' \
    'error code 0x0' crash_invalid_opcode

check_smp_panic() {
    # With 4 CPUs the others are stopped, and the report still comes out whole.
    local log="$work/panic-smp.log"
    harness --cmdline "test panic_test=divide_error" --cpus 4 --expect panic --log "$log" >"$work/out" ||
        tap_fail "outcome: $(tail -n1 "$work/out")"
    grep -q "kernel: init done in .*, 4 CPUs" "$log" || tap_fail "4 CPUs were not up"
    for field in 'vector 0 (#DE divide error)' 'crash_divide_error+0x' 'system halted'; do
        grep -qF -- "$field" "$log" || tap_fail "panic report lacks '$field'"
    done
}
tap_check panic-report-with-4-cpus check_smp_panic

check_named_panic() { # TRIGGER MESSAGE: the crash trigger's panic message and stack
    local log="$work/panic-$1.log"
    harness --cmdline "test panic_test=$1" --expect panic --log "$log" >"$work/out" ||
        tap_fail "$(grep '^# outcome' "$work/out")"
    grep -qF -- "$2" "$log" || tap_fail "panic report lacks '$2': $(grep -A1 'KERNEL PANIC' "$log" | tail -n1)"
    grep -qF -- "crash_$1+0x" "$log" || tap_fail "stack trace lacks crash_$1"
}
tap_check heap-double-free-detected check_named_panic double_free "freed twice, or not the start of a block"
tap_check heap-use-after-free-detected check_named_panic use_after_free "use after free: object"
tap_check spinlock-double-release-detected check_named_panic double_unlock "released while nobody holds it"
tap_check spinlock-stuck-waiter-detected check_named_panic lock_stuck "waited for more than 20 s"

check_outcome() { # EXPECTED ARGS...
    local expected=$1
    shift
    harness "$@" --expect "$expected" >"$work/out" || tap_fail "$(grep '^# outcome' "$work/out")"
}
tap_check triple-fault-recognised check_outcome triple-fault --cmdline "test panic_test=triple_fault"
check_hang() {
    # A hang ends at the time limit, and the harness shows where each CPU
    # is (RIP, interrupt flag, local APIC) through QEMU's monitor.
    harness --cmdline "test panic_test=hang" --timeout 25 --expect timeout >"$work/hang.out" ||
        tap_fail "$(grep '^# outcome' "$work/hang.out")"
    local rip
    rip=$(sed -n 's/^# cpu 0: RIP=\([0-9a-f]*\) .* interrupts off$/\1/p' "$work/hang.out")
    [ -n "$rip" ] || tap_fail "no '# cpu 0: RIP=... interrupts off' line: $(grep '^# cpu' "$work/hang.out" | head -n 2)"
    grep -q '^# cpu 0 lapic: ISR' "$work/hang.out" || tap_fail "no local APIC state for CPU 0"
    # The boot CPU halts for good in the crash trigger (cpu_halt_forever, inlined there).
    addr2line -f -i -e "$kernel" "$rip" | grep -q 'cpu_halt_forever\|crash_' ||
        tap_fail "RIP $rip is not in the hang: $(addr2line -f -e "$kernel" "$rip" | head -n 1)"
}
tap_check hang-times-out-and-shows-the-cpus check_hang
# Outside a test boot the kernel halts after its report instead of ending
# QEMU; the harness still calls that a panic, not a timeout.
tap_check panic-outside-test-boot-recognised check_outcome panic --cmdline "panic_test=panic" --timeout 120

check_bad_kernel() { # NAME MESSAGE
    harness --kernel "$work/$1.elf" --expect boot-error --log "$work/$1.log" >"$work/out" ||
        tap_fail "$(grep '^# outcome' "$work/out")"
    grep -qF -- "boot: error: bad kernel \\boot\\kernel.elf: $2" "$work/$1.log" ||
        tap_fail "no '$2' from the bootloader: $(grep 'boot:' "$work/$1.log" | tail -n2)"
}
head -c 3000 "$kernel" >"$work/truncated.elf"
python3 - "$kernel" "$work" <<'PY'
import sys
kernel, work = sys.argv[1], sys.argv[2]
data = bytearray(open(kernel, "rb").read())
magic = bytearray(data); magic[0] = 0
open(work + "/bad-magic.elf", "wb").write(magic)
machine = bytearray(data); machine[18:20] = (3).to_bytes(2, "little")  # EM_386
open(work + "/wrong-machine.elf", "wb").write(machine)
PY
tap_check bad-kernel-truncated check_bad_kernel truncated "the kernel file is truncated"
tap_check bad-kernel-magic check_bad_kernel bad-magic "the kernel file is not an ELF file"
tap_check bad-kernel-machine check_bad_kernel wrong-machine "the kernel is built for machine 3, not x86-64"

check_screen() { # MODE WIDTH HEIGHT
    harness --cmdline "" --mode "$1" --stop-on "kernel: the boot thread's work is done" --expect stopped \
        --screendump "$work/screen.ppm" >"$work/out" || tap_fail "$(grep '^# outcome' "$work/out")"
    [ -f "$work/screen.ppm" ] || tap_fail "no screen dump"
    python3 "$here/screen_check.py" "$work/screen.ppm" "$2" "$3"
}
tap_check screen-shows-log-1920x1080 check_screen auto 1920 1080
tap_check screen-mode-from-config-1024x768 check_screen 1024x768 1024 768

check_partition_table() {
    local out
    out=$(sfdisk --json "$image" 2>"$work/sfdisk.err") || tap_fail "sfdisk cannot read the image"
    [ ! -s "$work/sfdisk.err" ] || tap_fail "sfdisk complains: $(cat "$work/sfdisk.err")"
    grep -q '"label": "gpt"' <<<"$out" || tap_fail "not a GPT disk"
    grep -q '"type": "C12A7328-F81F-11D2-BA4B-00A0C93EC93B"' <<<"$out" || tap_fail "no EFI System Partition"
    grep -q '"start": 2048' <<<"$out" || tap_fail "partition not at 1 MiB"
    mdir -i "$image@@1M" ::/EFI/BOOT/BOOTX64.EFI >/dev/null || tap_fail "no EFI/BOOT/BOOTX64.EFI"
}
tap_check image-partition-table check_partition_table

check_run_headless() {
    # It runs until stopped: watch its output, stop it once the kernel is up.
    # (--no-ports: the ports suite tests building them; this one the console)
    setsid "$root/build.sh" run --headless --no-ports >"$work/run.log" 2>&1 </dev/null &
    local pid=$! waited=0
    while [ $waited -lt 120 ] && ! grep -q "kernel: the boot thread's work is done" "$work/run.log"; do
        kill -0 $pid 2>/dev/null || break
        sleep 1
        waited=$((waited + 1))
    done
    kill -TERM -- -$pid 2>/dev/null
    wait $pid 2>/dev/null
    grep -q "kernel: entered" "$work/run.log" || tap_fail "no kernel log on the terminal: $(tail -n3 "$work/run.log")"
    grep -q "kernel: the boot thread's work is done" "$work/run.log" || tap_fail "kernel did not finish initialising"
}
tap_check run-headless-shows-kernel-log check_run_headless

check_debug() {
    # gdb reads its commands from the pipe: run to the kernel's entry, look, quit.
    printf 'continue\ninfo registers rip\nquit\n' |
        timeout 120 "$root/build.sh" debug --headless --no-ports >"$work/debug.log" 2>&1
    grep -q "Breakpoint 1, _start ()" "$work/debug.log" || tap_fail "gdb did not stop at _start: $(tail -n5 "$work/debug.log")"
    grep -q "rip .*0xffffffff80000000 <_start>" "$work/debug.log" || tap_fail "rip is not the kernel's entry"
}
tap_check debug-stops-at-kernel-entry check_debug
