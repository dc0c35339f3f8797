#!/usr/bin/env bash
# Toolchain tests: the x86_64-patchwork cross compiler, binutils and the
# sysroot produce what the rest of PatchworkOS relies on.
# (Output is captured before grep -q looks at it: with pipefail, a grep
# that stops early makes the writer die of SIGPIPE and the pipe "fail".)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
. "$root/toolchain/sources.sh"
export PATH="$root/toolchain/local/bin:$PATH"
T=x86_64-patchwork

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

symbol_value() { # FILE SYMBOL -> hex value
    $T-nm "$1" | awk -v s="$2" '$3 == s { print $1 }'
}

check_hello_links() {
    $T-gcc "$here/hello.c" -o "$work/hello" || tap_fail "compiling and linking hello.c failed"
    [ -x "$work/hello" ] || tap_fail "no executable"
}
tap_check hello-compiles-and-links check_hello_links

check_hello_elf() {
    local h
    h=$($T-readelf -h "$work/hello") || tap_fail "readelf failed"
    grep -Eq 'Class:[[:space:]]+ELF64' <<<"$h" || tap_fail "not ELF64"
    grep -Eq 'Machine:[[:space:]]+Advanced Micro Devices X86-64' <<<"$h" || tap_fail "not x86-64"
    grep -Eq 'Type:[[:space:]]+EXEC' <<<"$h" || tap_fail "not an executable (static, non-PIE)"
    ! grep -q INTERP <<<"$($T-readelf -l "$work/hello")" || tap_fail "has a program interpreter; expected static"
}
tap_check hello-is-static-x86-64-elf check_hello_elf

check_hello_entry() {
    local entry start lowest
    entry=$($T-readelf -h "$work/hello" | awk '/Entry point address/ { print $4 }')
    start=$(symbol_value "$work/hello" _start)
    [ -n "$start" ] || tap_fail "no _start symbol"
    [ $((entry)) -eq $((16#$start)) ] || tap_fail "entry $entry is not _start (0x$start)"
    lowest=$($T-readelf -lW "$work/hello" | awk '$1 == "LOAD" { print $3 }' | sort | head -n1)
    [ $((lowest)) -eq $((0x400000)) ] || tap_fail "first segment at $lowest, not the user base 0x400000"
    [ $((entry)) -gt $((0x400000)) ] && [ $((entry)) -lt $((0x800000)) ] || tap_fail "entry $entry outside the image"
}
tap_check hello-entry-is-start-at-user-base check_hello_entry

check_hello_runtime() {
    local syms
    syms=$($T-nm "$work/hello")
    for s in _start _libstd_start _init _fini main write exit; do
        grep -Eq " [TtW] $s\$" <<<"$syms" || tap_fail "symbol $s missing: crt0/crti/crtn or libstd not linked"
    done
    # write() must reach the kernel through the documented number.
    grep -q syscall <<<"$($T-objdump -d "$work/hello")" || tap_fail "no syscall instruction"
}
tap_check hello-links-crt-and-libstd check_hello_runtime

check_stack_not_executable() {
    local stack
    stack=$($T-readelf -lW "$work/hello" | awk '$1 == "GNU_STACK" { print $7 }')
    [ -n "$stack" ] || tap_fail "no GNU_STACK program header"
    [ "$stack" = RW ] || tap_fail "stack flags '$stack', expected RW (not executable)"
}
tap_check hello-stack-not-executable check_stack_not_executable

check_init_array() {
    $T-gcc "$here/ctor.c" -o "$work/ctor" || tap_fail "compiling ctor.c failed"
    local sections
    sections=$($T-readelf -SW "$work/ctor")
    grep -q ' \.init_array ' <<<"$sections" || tap_fail "no .init_array section"
    grep -q ' \.fini_array ' <<<"$sections" || tap_fail "no .fini_array section"
    ! grep -q ' \.ctors ' <<<"$sections" || tap_fail "legacy .ctors section present"
}
tap_check constructors-use-init-array check_init_array

check_macros() {
    local m
    m=$(echo | $T-gcc -dM -E -) || tap_fail "preprocessor failed"
    grep -qx '#define __patchwork__ 1' <<<"$m" || tap_fail "__patchwork__ not predefined"
    grep -qx '#define __x86_64__ 1' <<<"$m" || tap_fail "__x86_64__ not predefined"
    ! grep -q '__linux__' <<<"$m" || tap_fail "__linux__ is predefined"
}
tap_check predefined-macros check_macros

check_kernel_link() {
    $T-gcc -std=gnu17 -O2 -Wall -Wextra -Werror -ffreestanding -nostdlib -mcmodel=kernel \
        -mno-red-zone -mgeneral-regs-only -fno-pic -c "$here/kernel.c" -o "$work/kernel.o" ||
        tap_fail "compiling the freestanding object failed"
    $T-gcc -ffreestanding -nostdlib -mcmodel=kernel -mno-red-zone -no-pie -static \
        -T "$here/kernel.ld" "$work/kernel.o" -o "$work/kernel.elf" ||
        tap_fail "linking with the custom script failed"
    local entry kmain
    entry=$($T-readelf -h "$work/kernel.elf" | awk '/Entry point address/ { print $4 }')
    kmain=$(symbol_value "$work/kernel.elf" kmain)
    [ "$entry" = "0x$(echo "$kmain" | sed 's/^0*//')" ] || tap_fail "entry $entry is not kmain ($kmain)"
    [ "$kmain" = ffffffff80100000 ] || tap_fail "kmain at $kmain, not at the script's base"
    ! grep -q ' U ' <<<"$($T-nm "$work/kernel.elf")" || tap_fail "undefined symbols remain"
}
tap_check kernel-freestanding-custom-script check_kernel_link

check_efi_app() {
    local efi_inc=/usr/include/efi
    $T-gcc -std=gnu17 -ffreestanding -fpic -fshort-wchar -mno-red-zone -fno-stack-protector \
        -maccumulate-outgoing-args -I$efi_inc -I$efi_inc/x86_64 \
        -c "$here/efi_hello.c" -o "$work/efi_hello.o" || tap_fail "compiling the EFI program failed"
    $T-ld -nostdlib -znocombreloc -shared -Bsymbolic -T /usr/lib/elf_x86_64_efi.lds \
        /usr/lib/crt0-efi-x86_64.o "$work/efi_hello.o" /usr/lib/libefi.a /usr/lib/libgnuefi.a \
        -o "$work/efi_hello.so" || tap_fail "linking the EFI program failed"
    $T-objcopy -j .text -j .sdata -j .data -j .dynamic -j .dynsym -j .rel -j .rela -j .reloc \
        --target=efi-app-x86_64 "$work/efi_hello.so" "$work/efi_hello.efi" ||
        tap_fail "objcopy to efi-app-x86_64 failed"
    python3 "$here/pe_check.py" "$work/efi_hello.efi"
}
tap_check objcopy-writes-efi-app-pe32plus check_efi_app

# config.sub from a pristine tarball: the unpatched one must reject the
# triple (so the check can fail) and the patched one canonicalise it.
check_config_sub() { # TARBALL MEMBER PATCH
    local dir="$work/config-sub-$(basename "$3")"
    mkdir -p "$dir"
    tar -C "$dir" -xf "$1" --strip-components=1 "$2" || tap_fail "cannot extract $2"
    ! sh "$dir/config.sub" x86_64-patchwork >/dev/null 2>&1 || tap_fail "unpatched config.sub already accepts patchwork?"
    patch -s -d "$dir" -p1 <"$3" || tap_fail "patch does not apply"
    local out
    out=$(sh "$dir/config.sub" x86_64-patchwork) || tap_fail "patched config.sub rejects x86_64-patchwork"
    [ "$out" = x86_64-pc-patchwork ] || tap_fail "canonical name '$out', expected x86_64-pc-patchwork"
}
tap_check binutils-config-sub-canonicalises check_config_sub "$BINUTILS_TARBALL" \
    "binutils-$BINUTILS_VERSION/config.sub" "$root/patches/binutils/0001-config.sub-recognise-patchwork.patch"
tap_check gcc-config-sub-canonicalises check_config_sub "$GCC_TARBALL" \
    "gcc-$GCC_VERSION/config.sub" "$root/patches/gcc/0001-config.sub-recognise-patchwork.patch"

check_sysroot_is_checkouts() {
    local s
    s=$($T-gcc -print-sysroot) || tap_fail "-print-sysroot failed"
    [ "$(realpath "$s")" = "$(realpath "$root/sysroot")" ] || tap_fail "sysroot $s is not this checkout's"
}
tap_check sysroot-is-this-checkouts check_sysroot_is_checkouts

# A copy of the installed toolchain in another "checkout" must compile
# against that checkout's sysroot, not the one it was copied from.
check_relocated() {
    local other="$work/other"
    mkdir -p "$other/toolchain" "$other/sysroot/usr/include"
    cp -al "$root/toolchain/local" "$other/toolchain/local" 2>/dev/null ||
        cp -a "$root/toolchain/local" "$other/toolchain/local"
    echo '#define PATCHWORK_MARKER 42' >"$other/sysroot/usr/include/patchwork_marker.h"
    printf '#include <patchwork_marker.h>\nint x = PATCHWORK_MARKER;\n' >"$work/marker.c"
    "$other/toolchain/local/bin/$T-gcc" -c "$work/marker.c" -o "$work/marker.o" ||
        tap_fail "the relocated compiler does not see its checkout's sysroot"
    ! $T-gcc -c "$work/marker.c" -o "$work/marker2.o" 2>/dev/null ||
        tap_fail "this checkout's compiler sees the other checkout's sysroot"
}
tap_check toolchain-uses-running-checkouts-sysroot check_relocated

check_sysroot_contents() {
    local lib="$root/sysroot/usr/lib"
    for f in crt0.o crti.o crtn.o libstd.a; do
        [ -f "$lib/$f" ] || tap_fail "sysroot/usr/lib/$f missing"
    done
    for h in sys/syscall.h sys/io.h stdlib.h string.h errno.h; do
        [ -f "$root/sysroot/usr/include/$h" ] || tap_fail "sysroot/usr/include/$h missing"
    done
    grep -q ' T _start$' <<<"$($T-nm "$lib/crt0.o")" || tap_fail "crt0.o does not define _start"
    grep -q ' T _init$' <<<"$($T-nm "$lib/crti.o")" || tap_fail "crti.o does not define _init"
}
tap_check sysroot-has-crt-and-libstd check_sysroot_contents

# tgmath.h: the result types are checked at compile time (tgmath.c), the
# functions chosen by the symbols the object calls. -fno-builtin so GCC
# calls them instead of inlining its own.
check_tgmath() {
    $T-gcc -std=c17 -O1 -fno-builtin -Wall -Wextra -Werror -c "$here/tgmath.c" -o "$work/tgmath.o" ||
        tap_fail "tgmath.c does not compile: a generic macro chose the wrong type"
    local calls want
    calls=$($T-nm -u "$work/tgmath.o" | awk '{ print $2 }' | sort | tr '\n' ' ')
    want="cabs cabsl cexp csinf fmaxf fmod powl sqrtf "
    [ "$calls" = "$want" ] || tap_fail "tgmath.o calls '$calls', expected '$want'"
    $T-gcc "$here/tgmath.c" "$here/hello.c" -o "$work/tgmath" -fno-builtin -lm ||
        tap_fail "the chosen functions do not link with -lm"
}
tap_check tgmath-chooses-by-type check_tgmath

# limits.h: GCC's hands over to libstd's (toolchain/gcc_limits.sh), so
# MB_LEN_MAX is at least MB_CUR_MAX, also for a program that finds GCC's
# limits.h first (any program built with the cross compiler), and the
# integer limits are GCC's.
check_limits() {
    printf '%s\n' '#include <limits.h>' '#include <stdlib.h>' \
        '_Static_assert(MB_LEN_MAX >= 4 && MB_LEN_MAX == 4, "MB_LEN_MAX");' \
        '_Static_assert(INT_MAX == 2147483647 && LONG_MAX == 9223372036854775807L, "integer limits");' \
        '_Static_assert(PATH_MAX == 256 && NAME_MAX == 63, "POSIX limits");' \
        'int main(void) { return MB_LEN_MAX >= MB_CUR_MAX ? 0 : 1; }' >"$work/limits.c"
    $T-gcc -std=c17 -Wall -Wextra -Werror "$work/limits.c" -o "$work/limits" ||
        tap_fail "limits.h: MB_LEN_MAX or the other limits are wrong (see the compiler's message)"
}
tap_check limits-mb-len-max-from-libstd check_limits
