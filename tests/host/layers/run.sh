#!/usr/bin/env bash
# The kernel's layers (part of the host suite, run by tests/host/run.sh):
# every include in kernel/ goes down the layer list kernel/layers.txt,
# only kernel/arch/ names an architecture's folder, and the checker
# (tools/layers.py) does catch an include that goes up or names the
# architecture: it is run on a copy of kernel/ with one added.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work

check_layers() { python3 tools/layers.py; }
tap_check layers/kernel-includes-go-down check_layers

# The issue's own test: no file of kernel/ outside kernel/arch/ mentions
# an architecture's folder (sources, kernel.mk and the README alike).
check_arch_named_only_in_arch() {
    local found
    found=$(grep -rl 'arch/x86_64' kernel --exclude-dir=arch)
    [ -z "$found" ] || tap_fail "outside kernel/arch: $(echo $found)"
}
tap_check layers/arch-named-only-in-kernel-arch check_arch_named_only_in_arch

# A copy of kernel/ to spoil; layers.py --root looks at it.
copy_kernel() {
    rm -rf "$work/tree"
    mkdir -p "$work/tree"
    cp -r kernel "$work/tree/kernel"
}
# Insert LINE after the first line of FILE (in the copy).
add_line() { sed -i "1a $2" "$work/tree/kernel/$1"; }
expect_caught() { # WHAT: layers.py must fail naming the spoilt file's line 2
    local out status=0
    out=$(python3 tools/layers.py --root "$work/tree") || status=$?
    [ "$status" -ne 0 ] || tap_fail "$1 went unnoticed"
    grep -q "^kernel/$2:2: " <<<"$out" || tap_fail "$1 reported without its file and line: $out"
}

check_upward_caught() {
    copy_kernel
    add_line mem/pmm.c '#include <kernel/proc/process.h>'
    expect_caught "mem including proc" mem/pmm.c
}
tap_check layers/upward-include-caught check_upward_caught

check_relative_upward_caught() {
    copy_kernel
    add_line sync/spinlock.c '#include "../sched/sched.h"'
    expect_caught "a relative include from sync into sched" sync/spinlock.c
}
tap_check layers/relative-upward-include-caught check_relative_upward_caught

check_arch_folder_caught() {
    copy_kernel
    add_line sched/sched.c '#include <kernel/arch/x86_64/cpu.h>'
    expect_caught "sched naming x86_64" sched/sched.c
}
tap_check layers/arch-folder-include-caught check_arch_folder_caught

check_new_folder_caught() {
    copy_kernel
    mkdir -p "$work/tree/kernel/newthing"
    printf '#include "newthing.h"\n#include <kernel/mem/pmm.h>\n' >"$work/tree/kernel/newthing/newthing.c"
    touch "$work/tree/kernel/newthing/newthing.h"
    expect_caught "a folder in no layer" newthing/newthing.c
}
tap_check layers/folder-in-no-layer-caught check_new_folder_caught

# A downward include and the top layers' freedom are not complaints.
check_allowed_passes() {
    copy_kernel
    add_line proc/process.c '#include <kernel/mem/pmm.h>'
    add_line mem/pmm_test.c '#include <kernel/proc/process.h>'
    python3 tools/layers.py --root "$work/tree" || tap_fail "an allowed include was reported"
}
tap_check layers/allowed-includes-pass check_allowed_passes
