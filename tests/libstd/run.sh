#!/usr/bin/env bash
# libstd's portable code (libs/libstd/src), tested on the host: every source
# is compiled freestanding with the host GCC and linked into one object whose
# symbols get a "pw_" prefix, so they cannot clash with glibc; host_test
# (host_test.c and test_*.c) then compares them with fixed expectations and
# with glibc. Also checks that the code stays freestanding, keeps no mutable
# global state and compiles with each platform's options.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
export PATH="$root/toolchain/local/bin:$PATH"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

libstd=$root/libs/libstd
# src/ is shared by every platform; hosted/ (floating point and the like)
# only by user space, so it is left out of the kernel and UEFI checks.
shopt -s nullglob
shared_sources=("$libstd"/src/*/*.c)
hosted_sources=("$libstd"/hosted/*/*.c)
shopt -u nullglob
sources=("${shared_sources[@]}" "${hosted_sources[@]}")
shopt -s nullglob
stateful_sources=("$libstd"/platform/user/wchar/*.c "$libstd"/platform/user/string/*.c
    "$libstd"/platform/user/stdlib/*.c "$libstd"/platform/user/getopt/*.c)
shopt -u nullglob
# An object's name: its path under libs/libstd, with _ for /.
object_name() { local rel=${1#"$libstd"/}; echo "${rel//\//_}.o"; }

# Every TAP line goes through result, so the exit status can reflect it.
failed=0
result() {
    echo "$1"
    [[ $1 != "not ok"* ]] || failed=1
}
check() {
    local out line
    out=$(tap_check "$@")
    while IFS= read -r line; do
        result "$line"
    done <<<"$out"
}
# The check functions return at their first failure: after tap_fail alone a
# check would go on, and its last command would decide the result.

# -D_LIBC_LIMITS_H_: with -nostdinc the host GCC's limits.h would look for
# glibc's limits.h; the define makes it stand alone, as the cross
# compiler's is.
plain_cflags=(-std=gnu17 -O2 -Wall -Wextra -Werror -ffreestanding -fno-builtin
    -fno-tree-loop-distribute-patterns -fno-stack-protector -nostdinc
    -isystem "$(gcc -print-file-name=include)" -D_LIBC_LIMITS_H_ -I "$libstd/include")
# -D_LIBSTD_HOSTED as for user space (libstd.mk): the shared formatter and
# scanner hand their floating-point conversions to hosted/.
host_cflags=("${plain_cflags[@]}" -D_LIBSTD_HOSTED)

build_libstd() {
    mkdir -p "$work/obj"
    local src rel
    for src in "${sources[@]}"; do
        gcc "${host_cflags[@]}" -c "$src" -o "$work/obj/$(object_name "$src")" ||
            { tap_fail "compiling ${src#"$root"/} failed"; return 1; }
    done
    # setjmp and longjmp are assembly (user space's); the host has the same
    # calling convention, so host_test can call them too.
    nasm -f elf64 -o "$work/obj/platform_user_setjmp.asm.o" "$libstd/platform/user/setjmp.asm" ||
        { tap_fail "assembling setjmp.asm failed"; return 1; }
    # User space's stateful wrappers of pure code (a NULL mbstate_t's
    # internal state, strtok's place): tested too, but kept out of the
    # checks below, which are about src/ and hosted/.
    mkdir -p "$work/obj-state"
    # -fhosted as user space's libstd is built (libstd.mk): stdio.h's
    # streams are visible only then, and getopt writes to stderr. The host
    # GCC's stdint.h would then want glibc's; stdint-gcc.h is what the
    # cross compiler's gives.
    for src in "${stateful_sources[@]}"; do
        gcc "${host_cflags[@]}" -fhosted -D_GCC_WRAP_STDINT_H -include stdint-gcc.h -c "$src" -o "$work/obj-state/$(object_name "$src")" ||
            { tap_fail "compiling ${src#"$root"/} failed"; return 1; }
    done
    ld -r -o "$work/libstd.o" "$work"/obj/*.o "$work"/obj-state/*.o || { tap_fail "ld -r failed"; return 1; }
    # The kernel's and bootloader's flavour of the shared code, without
    # floating point: host_test checks it as pwk_ (see test_stdio.c).
    mkdir -p "$work/obj-plain"
    for src in "${shared_sources[@]}"; do
        gcc "${plain_cflags[@]}" -c "$src" -o "$work/obj-plain/$(object_name "$src")" ||
            { tap_fail "compiling ${src#"$root"/} without _LIBSTD_HOSTED failed"; return 1; }
    done
    ld -r -o "$work/libstd-plain.o" "$work"/obj-plain/*.o || { tap_fail "ld -r failed"; return 1; }
}
check host-compile build_libstd
[ -f "$work/libstd.o" ] || exit 1

# Freestanding: all libstd's shared code may need from outside is the
# platform's _errno_location (calls GCC emits, such as memcpy, are libstd's
# own).
check_undefined() {
    local undefined
    ld -r -o "$work/libstd-shared.o" "$work"/obj/*.o || { tap_fail "ld -r failed"; return 1; }
    undefined=$(nm -u "$work/libstd-shared.o" | awk '{ print $2 }' | grep -vx '_errno_location')
    [ -z "$undefined" ] || { tap_fail "undefined symbols: $(echo $undefined)"; return 1; }
    # The user-space wrappers may also use what user space provides and
    # user_shim.c stands in for on the host: malloc's family and stderr.
    undefined=$(nm -u "$work/libstd.o" | awk '{ print $2 }' |
        grep -vx -e '_errno_location' -e malloc -e realloc -e free -e fputs -e stderr)
    [ -z "$undefined" ] || { tap_fail "undefined symbols: $(echo $undefined)"; return 1; }
}
check freestanding-no-external-symbols check_undefined

# No mutable global state: nothing in .data, .bss or thread-local sections.
# .data.rel.ro holds constant tables of pointers in position-independent code.
check_no_mutable_state() {
    local obj sections
    for obj in "$work"/obj/*.o; do
        sections=$(readelf -SW "$obj" | sed 's/^ *\[ *[0-9]*\] *//' |
            awk '$1 ~ /^\.(data|bss|tbss|tdata)/ && $1 !~ /^\.data\.rel\.ro/ && $5 !~ /^0+$/ { print $1 }')
        [ -z "$sections" ] || { tap_fail "$(basename "$obj" .o): writable data in $(echo $sections)"; return 1; }
        ! grep -q ' [Cc] ' <<<"$(nm "$obj")" || { tap_fail "$(basename "$obj" .o): common symbols"; return 1; }
    done
}
check no-mutable-global-state check_no_mutable_state

# Each platform's code generation options (as in the Makefile), with the
# cross compiler; kernel and bootloader see no sysroot headers. The objects
# must be as freestanding as the host's.
cross_flags() { # PLATFORM
    local cc=x86_64-patchwork-gcc
    local freestanding="-ffreestanding -nostdinc -isystem $($cc -print-file-name=include)
        -isystem $($cc -print-file-name=include-fixed) -fno-stack-protector"
    case $1 in
    user) echo "-ffreestanding -D_LIBSTD_HOSTED" ;;
    kernel) echo "$freestanding -fno-pic -fno-pie -mcmodel=kernel -mno-red-zone -mgeneral-regs-only" ;;
    uefi) echo "$freestanding -fpic -fshort-wchar -mno-red-zone" ;;
    esac
}
compile_cross() { # PLATFORM
    local src flags dir=$work/cross-$1 undefined list=("${shared_sources[@]}")
    [ "$1" = user ] && list+=("${hosted_sources[@]}")
    flags=$(cross_flags "$1")
    mkdir -p "$dir"
    for src in "${list[@]}"; do
        # shellcheck disable=SC2086 # flags is a list of words
        x86_64-patchwork-gcc -std=gnu17 -O2 -Wall -Wextra -Werror -fno-builtin -fno-tree-loop-distribute-patterns \
            $flags -I "$libstd/include" -c "$src" -o "$dir/$(object_name "$src")" ||
            { tap_fail "${src#"$root"/} does not compile for $1"; return 1; }
    done
    # Without SSE, GCC turns floating point into libgcc calls (__adddf3...)
    # instead of refusing it: those would show up here.
    x86_64-patchwork-ld -r -o "$dir/libstd.o" "$dir"/*.o || { tap_fail "ld -r failed"; return 1; }
    undefined=$(x86_64-patchwork-nm -u "$dir/libstd.o" | awk '{ print $2 }' | grep -vx '_errno_location')
    [ -z "$undefined" ] || { tap_fail "undefined symbols for $1: $(echo $undefined)"; return 1; }
}
for platform in user kernel uefi; do
    if command -v x86_64-patchwork-gcc >/dev/null; then
        check "cross-compile-$platform" compile_cross "$platform"
    else
        result "$(tap_skip "cross-compile-$platform" "no x86_64-patchwork-gcc (./build.sh toolchain)")"
    fi
done

build_host_test() {
    gcc "${host_cflags[@]}" -c "$here/errno_shim.c" -o "$work/errno_shim.o" ||
        { tap_fail "compiling errno_shim.c failed"; return 1; }
    ld -r -o "$work/combined.o" "$work/libstd.o" "$work/errno_shim.o" || { tap_fail "ld -r failed"; return 1; }
    objcopy --prefix-symbols=pw_ "$work/combined.o" "$work/prefixed.o" || { tap_fail "objcopy failed"; return 1; }
    ld -r -o "$work/combined-plain.o" "$work/libstd-plain.o" "$work/errno_shim.o" ||
        { tap_fail "ld -r failed"; return 1; }
    objcopy --prefix-symbols=pwk_ "$work/combined-plain.o" "$work/prefixed-plain.o" ||
        { tap_fail "objcopy failed"; return 1; }
    # strerror's test covers every error number errno.h defines.
    awk '$1 == "#define" && $2 ~ /^E[A-Z0-9]+$/ && $3 ~ /^[0-9]+$/ { printf "{\"%s\", %s},\n", $2, $3 }' \
        "$libstd/include/errno.h" >"$work/errno_list.h"
    # user_shim.c is not renamed: it defines the pw_ names of what the user
    # wrappers need (pw_malloc, pw_stderr...) on top of glibc.
    local objects=("$work/user_shim.host.o") test
    gcc -std=gnu17 -O1 -Wall -Wextra -Werror -c "$here/user_shim.c" -o "${objects[0]}" ||
        { tap_fail "compiling user_shim.c failed"; return 1; }
    for test in "$here"/host_test.c "$here"/test_*.c; do
        objects+=("$work/$(basename "$test" .c).host.o")
        gcc -std=gnu17 -O1 -Wall -Wextra -Werror -I "$work" -c "$test" -o "${objects[-1]}" ||
            { tap_fail "compiling ${test#"$root"/} failed"; return 1; }
    done
    # -lm: glibc's libm is the reference for the math tests.
    gcc -o "$work/host_test" "${objects[@]}" "$work/prefixed.o" "$work/prefixed-plain.o" -lm ||
        { tap_fail "linking host_test failed"; return 1; }
}
check host-test-build build_host_test
[ -x "$work/host_test" ] || exit 1

# host_test prints its own TAP lines; a crash still counts as a failure.
while IFS= read -r line; do
    if [[ $line =~ ^\#__status\ ([0-9]+)$ ]]; then
        status=${BASH_REMATCH[1]}
        [ "$status" -eq 0 ] || failed=1
        # 1 means failures it has reported itself; anything else is a crash.
        [ "$status" -le 1 ] || result "$(tap_not_ok host-test "host_test exited with status $status")"
    else
        result "$line"
    fi
done < <("$work/host_test" "$TAP_SUITE" 2>&1; echo "#__status $?")

exit "$failed"
