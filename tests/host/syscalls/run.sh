#!/usr/bin/env bash
# The system calls' one list, kernel/syscall/syscalls.list (part of the host
# suite, run by tests/host/run.sh): <sys/syscall.h>'s numbers, the kernel's
# handlers and table and libstd's wrappers agree with it, and a change that
# breaks the agreement is caught. The kernel's and libstd's files are
# compiled with the host's gcc (-fsyntax-only: no cross toolchain needed)
# against the code tools/syscalls.py generates.
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
list=kernel/syscall/syscalls.list
header=libs/libstd/include/sys/syscall.h
generate() { python3 tools/syscalls.py "$@"; }

# The architecture's inline halves, found as kernel/arch/arch.mk has the
# build find them: <kernel/arch/current/...> is kernel/arch/$KERNEL_ARCH/.
arch=$(sed -n 's/^KERNEL_ARCH := //p' kernel/arch/arch.mk)
mkdir -p "$work/arch/kernel/arch"
ln -s "$root/kernel/arch/$arch" "$work/arch/kernel/arch/current"

# Compile FILES with the freestanding flags the cross build uses, the
# generated code from GEN (a folder holding syscalls/) and, first on the
# path, the headers under INCLUDE (to try a changed <sys/syscall.h>).
syntax_check() { # GEN INCLUDE FILE...
    local gen=$1 include=$2
    shift 2
    gcc -fsyntax-only -std=gnu17 -Wall -Wextra -Werror -ffreestanding -nostdinc -fno-builtin \
        -isystem "$(gcc -print-file-name=include)" -isystem "$(gcc -print-file-name=include-fixed)" \
        -I"$include" -Ilibs/libstd/include -Iboot/include -I. -I"$gen" -I"$work/arch" -mno-red-zone \
        -mgeneral-regs-only -D_LIBSTD_HOSTED "$@"
}
kernel_files=(kernel/syscall/*.c)
mapfile -t libstd_files < <(grep -rl --include='*.c' '_sys_[a-z0-9_]*(' libs/libstd/platform/user)
mkdir -p "$work/none"
generate generate "$work/good/syscalls" || echo "# the list does not generate"

check_header() { generate check; }
tap_check syscalls/header-numbers-agree-with-list check_header

check_kernel() { syntax_check "$work/good" "$work/none" "${kernel_files[@]}"; }
tap_check syscalls/kernel-handlers-match-list check_kernel

check_libstd() {
    [ "${#libstd_files[@]}" -gt 0 ] || tap_fail "no libstd file calls a _sys_ wrapper"
    syntax_check "$work/good" "$work/none" "${libstd_files[@]}"
}
tap_check syscalls/libstd-wrappers-match-list check_libstd

# Every call in the list has one handler in the kernel and a table entry,
# and every handler defined there is in the list.
check_table() {
    local names defined entries
    names=$(sed -nE 's/^[0-9]+ +[^ ]+ +([a-z0-9_]+)\(.*/\1/p' "$list" | sort)
    defined=$(sed -nE 's/^int64_t sys_([a-z0-9_]+)\(.*/\1/p' kernel/syscall/sys_*.c | sort)
    entries=$(sed -nE 's/^    \[SYS_[A-Z0-9_]+\] = syscall_call_([a-z0-9_]+),$/\1/p' "$work/good/syscalls/kernel_table.h" | sort)
    [ -n "$names" ] || tap_fail "no calls read from $list"
    [ "$names" = "$defined" ] || tap_fail "handlers differ from the list: $(diff <(echo "$names") <(echo "$defined") | grep '^[<>]' | tr '\n' ' ')"
    [ "$names" = "$entries" ] || tap_fail "the table differs from the list"
}
tap_check syscalls/kernel-table-covers-list check_table

# Every call is made through its generated wrapper somewhere in libstd.
check_wrappers_used() {
    local name missing=""
    for name in $(sed -nE 's/^[0-9]+ +[^ ]+ +([a-z0-9_]+)\(.*/\1/p' "$list"); do
        grep -rq --include='*.c' "_sys_$name(" libs/libstd/platform/user || missing+=" $name"
    done
    [ -z "$missing" ] || tap_fail "no libstd function calls _sys_ for:$missing"
}
tap_check syscalls/every-call-has-a-libstd-caller check_wrappers_used

# No number or raw call spelled out by hand in libstd again.
check_no_hand_written() {
    local found
    found=$(grep -rnE '_syscall[0-9]+ *\( *SYS_' libs/libstd)
    [ -z "$found" ] || tap_fail "hand-written system calls: $found"
    found=$(grep -rnE '^ *(%define +SYS_[A-Z]|SYS_[A-Z0-9_]+ +equ )' --include='*.asm' libs/libstd)
    [ -z "$found" ] || tap_fail "numbers defined by hand in assembly: $found"
}
tap_check syscalls/no-hand-written-calls-in-libstd check_no_hand_written

# A handler whose type the list changes no longer compiles.
check_changed_type() {
    sed -E 's/^(12 .*write\(fd_t fd, const void\* buffer, )size_t count\)$/\1int count)/' "$list" >"$work/type.list"
    ! cmp -s "$list" "$work/type.list" || tap_fail "could not change write's argument type"
    generate --list "$work/type.list" generate "$work/type/syscalls" || tap_fail "the changed list did not generate"
    if syntax_check "$work/type" "$work/none" kernel/syscall/sys_file.c >"$work/type.log" 2>&1; then
        tap_fail "sys_write still compiled against a list that gives it an int count"
    fi
    grep -q "conflicting types for .sys_write." "$work/type.log" || tap_fail "$(head -n 3 "$work/type.log")"
}
tap_check syscalls/changed-argument-type-rejected check_changed_type

# A number changed in the header by hand: the generator refuses it, and
# the compiler too, given the code generated before the change.
check_changed_number() {
    mkdir -p "$work/changed/sys"
    sed 's/^#define SYS_WRITE 12$/#define SYS_WRITE 13/' "$header" >"$work/changed/sys/syscall.h"
    ! cmp -s "$header" "$work/changed/sys/syscall.h" || tap_fail "could not change SYS_WRITE"
    if generate --header "$work/changed/sys/syscall.h" generate "$work/changed-gen" 2>"$work/number.log"; then
        tap_fail "the generator accepted SYS_WRITE 13"
    fi
    grep -q "disagree" "$work/number.log" || tap_fail "no reason given: $(cat "$work/number.log")"
    if syntax_check "$work/good" "$work/changed" kernel/syscall/syscall.c >/dev/null 2>&1; then
        tap_fail "the kernel's table compiled with SYS_WRITE 13"
    fi
}
tap_check syscalls/changed-number-rejected check_changed_number

# Lists that break the format's rules are refused, each with its line.
check_bad_lists() {
    local name edit
    while IFS='|' read -r name edit; do
        sed -E "$edit" "$list" >"$work/bad.list"
        ! cmp -s "$list" "$work/bad.list" || tap_fail "$name: the edit changed nothing"
        if generate --list "$work/bad.list" generate "$work/bad" 2>"$work/bad.log"; then
            tap_fail "$name: accepted"
        fi
        grep -q "bad.list" "$work/bad.log" || tap_fail "$name: the error does not name the list"
    done <<'EOF'
gap|s/^13 /14 /
duplicate name|s/^13 off_t seek\(/13 off_t write(/
seven arguments|s/^(2 pid_t spawn\(.*)\)$/\1, int extra, int more)/
no description|/^    sleep\(nanoseconds\)/d
argument without a name|s/^10 int close\(fd_t fd\)$/10 int close(fd_t)/
EOF
}
tap_check syscalls/bad-lists-rejected check_bad_lists
