#!/usr/bin/env bash
# Ports: recipes load, sources are checked against their pins, the cross
# files next to the toolchain work, and zlib, bc, cmark, Lua and SDL 2 build from their
# recipes and link into programs and run in the OS (see ports/README.md). Fake recipes live in a
# temporary PORTS_DIR, with their own PATCHWORK_CACHE where they need no
# network, so the real cache is never corrupted.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
. "$root/toolchain/sources.sh"
export PATH="$root/toolchain/local/bin:$PATH"
export JOBS=${JOBS:-2}
share="$root/toolchain/local/share/patchwork"
real_cache=${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}
work=$(mktemp -d)
# The fakes that download use the real cache under names of their own.
trap 'rm -rf "$work" "$real_cache"/ports/{sources,work}/ports-test-*' EXIT
. "$here/fakes.sh"

check_recipes_parse() {
    "$root/ports/port.sh" --check || tap_fail "a recipe does not load"
    # The check can fail: a recipe without pins is refused.
    fake_recipe "$work/bad" bad "" 'true'
    sed -i '/^sources=/,/^)/d' "$work/bad/bad/recipe.sh"
    if PORTS_DIR="$work/bad" "$root/ports/port.sh" --check >"$work/bad.out" 2>&1; then
        tap_fail "a recipe without sources passed --check"
    fi
    grep -q 'sources lists no files' "$work/bad.out" || tap_fail "no reason given: $(cat "$work/bad.out")"
}
tap_check recipes-parse check_recipes_parse

# A port's key names its files relative to the checkout: a clone in
# another folder (CI, a worktree) finds the results cached by this one.
check_key_independent_of_folder() {
    local copy="$work/elsewhere/checkout" keys=()
    mkdir -p "$copy/toolchain/local" "$copy/patches"
    cp -r "$root/ports" "$root/toolchain/cross" "$copy/"
    mv "$copy/cross" "$copy/toolchain/"
    cp "$root"/toolchain/*.sh "$copy/toolchain/"
    cp -r "$root/patches/binutils" "$copy/patches/"
    cp "$root/toolchain/local/.key" "$copy/toolchain/local/" 2>/dev/null || true
    for r in "$root" "$copy"; do
        keys+=("$(bash -c 'root=$1 here=$1/ports ports_dir=$1/ports sysroot=$2 libstd_key=same
            . "$root/toolchain/sources.sh"; . "$root/toolchain/cache.sh"; . "$here/lib/recipes.sh"
            echo "$(port_key zlib) $(port_key sdl2)"' x "$r" "$root/sysroot")")
    done
    [ -n "${keys[0]// /}" ] && [ "${keys[0]}" = "${keys[1]}" ] ||
        tap_fail "keys differ by folder: '${keys[0]}' here, '${keys[1]}' in $copy"
}
tap_check key-independent-of-checkout-folder check_key_independent_of_folder

# The private entry (binary and source packages) copies the system's
# archive for its release, from deb822 and one-line files alike, and
# ignores other suites.
check_apt_archive() {
    local etc="$work/etc" out codename
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    out=$(ports_cache=$work/c bash -c '. "$1"; apt_system_archive' x "$root/ports/lib/apt.sh") || tap_fail "the system's archive was not found"
    grep -qx 'Types: deb deb-src' <<<"$out" && grep -qx "Suites: $codename" <<<"$out" || tap_fail "not a deb and deb-src entry: $out"
    grep -rqF "$(grep '^URIs:' <<<"$out" | cut -d' ' -f2)" /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null ||
        tap_fail "the address is not the system's: $out"
    mkdir -p "$etc/sources.list.d"
    printf 'deb http://example.invalid/other %s-security main\ndeb [arch=amd64 signed-by=/k.gpg] http://example.invalid/debian %s main contrib\n' \
        "$codename" "$codename" >"$etc/sources.list"
    out=$(PORTS_APT_ETC=$etc ports_cache=$work/c bash -c '. "$1"; apt_system_archive' x "$root/ports/lib/apt.sh") || tap_fail "one-line entry not found"
    [ "$out" = "$(printf 'Types: deb deb-src\nURIs: http://example.invalid/debian\nSuites: %s\nComponents: main contrib\nSigned-By: /k.gpg' "$codename")" ] ||
        tap_fail "one-line entry read wrongly: $out"
}
tap_check apt-source-entry-from-system check_apt_archive

# A recipe that pins .deb files is a binary package: its cached .deb is
# checked against the pin and unpacked with dpkg-deb -x for the recipe's
# steps (here a .deb made on the spot, so no download); a recipe mixing a
# .deb with a source package is refused.
check_binary_package_source() {
    local cache="$work/cache-deb" deb="$work/fake-data_1.0-1_all.deb" pkg="$work/debroot"
    mkdir -p "$pkg/DEBIAN" "$pkg/usr/share/fake"
    printf 'Package: fake-data\nVersion: 1.0-1\nArchitecture: all\nMaintainer: t <t@example.invalid>\nDescription: t\n' >"$pkg/DEBIAN/control"
    printf 'payload-from-the-deb\n' >"$pkg/usr/share/fake/data.txt"
    dpkg-deb -b "$pkg" "$deb" >/dev/null || tap_fail "dpkg-deb -b failed"
    mkdir -p "$cache/ports/sources/fakedeb"
    cp "$deb" "$cache/ports/sources/fakedeb/"
    fake_recipe "$work/deb" fakedeb "$(basename "$deb") $(sha256sum <"$deb" | cut -d' ' -f1)" \
        'grep -qx payload-from-the-deb usr/share/fake/data.txt'
    PATCHWORK_CACHE=$cache PORTS_OFFLINE=1 PORTS_DIR="$work/deb" "$root/ports/port.sh" fakedeb >"$work/deb.out" 2>&1 ||
        tap_fail "the binary package was not unpacked for the build: $(tail -n 5 "$work/deb.out")"
    rm -f "$root/build/ports/installed/fakedeb"
    fake_recipe "$work/mixed" mixed "fake_1.0.dsc $(printf '0%.0s' {1..64})" 'true'
    sed -i "s/^    \"fake_1.0.dsc .*/&\n    \"fake_1.0_all.deb $(printf '0%.0s' {1..64})\"/" "$work/mixed/mixed/recipe.sh"
    if PORTS_DIR="$work/mixed" "$root/ports/port.sh" --check >"$work/mixed.out" 2>&1; then
        tap_fail "a recipe mixing a .deb with a .dsc passed --check"
    fi
    grep -q 'mix .deb files with a source package' "$work/mixed.out" || tap_fail "no reason given: $(cat "$work/mixed.out")"
}
tap_check binary-package-source check_binary_package_source

# The recipe helper puts the toolchain's config.sub over a package's own.
check_refresh_config() {
    mkdir -p "$work/pkg/build-aux"
    printf '#!/bin/sh\nexit 1\n' >"$work/pkg/build-aux/config.sub"
    (cd "$work/pkg" && PORT_TARGET=$TOOLCHAIN_TARGET bash -c '. "$1"; port_refresh_config' x "$root/ports/lib/helpers.sh") ||
        tap_fail "port_refresh_config failed"
    [ "$(sh "$work/pkg/build-aux/config.sub" x86_64-patchwork)" = x86_64-pc-patchwork ] || tap_fail "config.sub was not replaced"
}
tap_check recipe-helper-refreshes-config-sub check_refresh_config

check_config_sub() {
    [ "$("$share/config.sub" x86_64-patchwork)" = x86_64-pc-patchwork ] || tap_fail "config.sub does not know x86_64-patchwork"
    if "$share/config.sub" x86_64-nosuchos >/dev/null 2>&1; then tap_fail "config.sub accepts anything"; fi
    [ -x "$share/config.guess" ] || tap_fail "no config.guess"
}
tap_check config-sub-knows-patchwork check_config_sub

# A cached source whose bytes do not match its pin is discarded and named.
check_corrupt_source() {
    local cache="$work/cache-corrupt"
    fake_recipe "$work/corrupt" corrupt "fake_1.0.dsc $(printf 'good\n' | sha256sum | cut -d' ' -f1)" 'true'
    mkdir -p "$cache/ports/sources/corrupt"
    printf 'bad\n' >"$cache/ports/sources/corrupt/fake_1.0.dsc"
    if PATCHWORK_CACHE=$cache PORTS_OFFLINE=1 PORTS_DIR="$work/corrupt" \
        "$root/ports/port.sh" corrupt >"$work/corrupt.out" 2>&1; then
        tap_fail "a port with a corrupt source built"
    fi
    grep -q 'cached source fake_1.0.dsc is corrupt' "$work/corrupt.out" || tap_fail "no message naming the file: $(cat "$work/corrupt.out")"
    [ ! -e "$cache/ports/sources/corrupt/fake_1.0.dsc" ] || tap_fail "the corrupt file was kept"
}
tap_check corrupt-source-rejected check_corrupt_source

# --fetch only gets and checks the pinned files (bench/doom.sh builds the
# same sources for Linux): a good cached file passes and nothing is built,
# a corrupt one fails by name, and no name is a usage error.
check_fetch_only() {
    local cache="$work/cache-fetch" good status=0
    good=$(printf 'good\n' | sha256sum | cut -d' ' -f1)
    fake_recipe "$work/fetch" fetchme "fake_1.0.dsc $good" 'exit 1'
    mkdir -p "$cache/ports/sources/fetchme"
    printf 'good\n' >"$cache/ports/sources/fetchme/fake_1.0.dsc"
    PATCHWORK_CACHE=$cache PORTS_OFFLINE=1 PORTS_DIR="$work/fetch" "$root/ports/port.sh" --fetch fetchme >"$work/fetch.out" 2>&1 ||
        tap_fail "--fetch of a good cached source failed: $(cat "$work/fetch.out")"
    [ ! -e "$root/build/ports/installed/fetchme" ] || tap_fail "--fetch built the port"
    [ ! -d "$cache/ports/work" ] || [ -z "$(ls "$cache/ports/work")" ] || tap_fail "--fetch unpacked a build tree"
    printf 'bad\n' >"$cache/ports/sources/fetchme/fake_1.0.dsc"
    if PATCHWORK_CACHE=$cache PORTS_OFFLINE=1 PORTS_DIR="$work/fetch" "$root/ports/port.sh" --fetch fetchme >"$work/fetch.out" 2>&1; then
        tap_fail "--fetch accepted a corrupt source"
    fi
    grep -q 'cached source fake_1.0.dsc is corrupt' "$work/fetch.out" || tap_fail "no message naming the file: $(cat "$work/fetch.out")"
    "$root/ports/port.sh" --fetch >"$work/fetch.out" 2>&1 || status=$?
    [ "$status" -eq 2 ] && grep -q '^usage:' "$work/fetch.out" || tap_fail "--fetch without a name: status $status, $(cat "$work/fetch.out")"
}
tap_check fetch-checks-sources-builds-nothing check_fetch_only

# A download that does not match the recipe's pin is refused, by name:
# zlib's real sources, with the .dsc pinned wrongly.
check_wrong_pin() {
    local out="$work/pin.out"
    fake_zlib_recipe "$work/pin" ports-test-pin 'true'
    sed -i 's/^\(    "zlib_[^ ]*\.dsc \)[0-9a-f]*"/\1'"$(printf '0%.0s' {1..64})"'"/' "$work/pin/ports-test-pin/recipe.sh"
    if PORTS_DIR="$work/pin" "$root/ports/port.sh" ports-test-pin >"$out" 2>&1; then
        tap_fail "a source with a wrong checksum was used"
    fi
    grep -qE 'zlib_[^ ]*\.dsc has sha256 [0-9a-f]{64}, the recipe pins 0{64}' "$out" || tap_fail "no message naming the file: $(tail -n 3 "$out")"
}
tap_check wrong-checksum-rejected check_wrong_pin

check_pkg_config_wrapper() {
    local tc="$work/tc" out
    mkdir -p "$tc/bin" "$tc/sysroot/usr/lib/pkgconfig"
    cp "$root/toolchain/local/bin/$TOOLCHAIN_TARGET-pkg-config" "$tc/bin/"
    printf 'prefix=/usr\nincludedir=${prefix}/include\nName: fake\nDescription: t\nVersion: 1\nCflags: -I${includedir}/fake\n' \
        >"$tc/sysroot/usr/lib/pkgconfig/fake.pc"
    out=$("$tc/bin/$TOOLCHAIN_TARGET-pkg-config" --cflags fake | xargs) || tap_fail "fake.pc not found in the sysroot"
    [ "$out" = "-I$(cd "$tc/sysroot" && pwd -P)/usr/include/fake" ] || tap_fail "cflags '$out' are not inside the sysroot"
    out=$(PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig:/usr/share/pkgconfig \
        "$tc/bin/$TOOLCHAIN_TARGET-pkg-config" --list-all | awk '{ print $1 }' | xargs)
    [ "$out" = fake ] || tap_fail "it sees more than the sysroot: $out"
}
tap_check pkg-config-wrapper-only-sysroot check_pkg_config_wrapper

check_cmake_toolchain() {
    local p="$work/cmake"
    mkdir -p "$p"
    printf 'cmake_minimum_required(VERSION 3.13)\nproject(hello C)\nif(NOT UNIX)\n  message(FATAL_ERROR "not Unix-like")\nendif()\nadd_executable(hello hello.c)\n' >"$p/CMakeLists.txt"
    printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' >"$p/hello.c"
    cmake -S "$p" -B "$p/b" -DCMAKE_TOOLCHAIN_FILE="$share/cmake/x86_64-patchwork.cmake" >"$p/log" 2>&1 || tap_fail "configure: $(tail -n 3 "$p/log")"
    make -s -C "$p/b" >>"$p/log" 2>&1 || tap_fail "build: $(tail -n 3 "$p/log")"
    grep -q 'X86-64' <<<"$("$TOOLCHAIN_TARGET-readelf" -h "$p/b/hello")" || tap_fail "hello is not an x86-64 ELF"
}
if command -v cmake >/dev/null 2>&1; then
    tap_check cmake-toolchain-file check_cmake_toolchain
else
    tap_not_ok cmake-toolchain-file "no cmake on this host (tools/deps.sh installs it)"
fi

check_meson_cross_file() {
    local p="$work/meson"
    mkdir -p "$p"
    printf "project('hello', 'c')\nassert(host_machine.system() == 'patchwork')\nexecutable('hello', 'hello.c')\n" >"$p/meson.build"
    printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' >"$p/hello.c"
    meson setup "$p/b" "$p" --cross-file "$share/meson/x86_64-patchwork.ini" >"$p/log" 2>&1 || tap_fail "setup: $(tail -n 3 "$p/log")"
    ninja -C "$p/b" >>"$p/log" 2>&1 || tap_fail "build: $(tail -n 3 "$p/log")"
    grep -q 'X86-64' <<<"$("$TOOLCHAIN_TARGET-readelf" -h "$p/b/hello")" || tap_fail "hello is not an x86-64 ELF"
}
if command -v meson >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1; then
    tap_check meson-cross-file check_meson_cross_file
else
    tap_not_ok meson-cross-file "no meson or ninja on this host (tools/deps.sh installs them)"
fi

# A failing step stops the build and shows its stage and the log's end;
# this one also shows zlib's configure accepting the target.
check_failing_stage() {
    local out="$work/fail.out"
    fake_zlib_recipe "$work/fail" ports-test-fail 'make -j"$PORT_JOBS" adler32.o && echo marker-before-failure && false'
    if PORTS_DIR="$work/fail" "$root/ports/port.sh" ports-test-fail >"$out" 2>&1; then
        tap_fail "a failing build succeeded"
    fi
    grep -q "stage 'build' failed" "$out" || tap_fail "the stage is not named: $(tail -n 3 "$out")"
    grep -q 'marker-before-failure' "$out" || tap_fail "the log's end is not shown"
    grep -q 'Building static library libz.a' "$out" || tap_fail "zlib's configure did not run for the target"
    [ ! -e "$root/build/ports/installed/ports-test-fail" ] || tap_fail "a failed port was recorded as installed"
}
tap_check failing-stage-shows-log check_failing_stage

. "$here/zlib.sh"
. "$here/bc.sh"
. "$here/cmark.sh"
. "$here/lua.sh"
. "$here/sdl2.sh"
. "$here/freedoom.sh"
. "$here/chocolate-doom.sh"
