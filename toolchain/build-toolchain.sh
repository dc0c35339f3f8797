#!/usr/bin/env bash
# Cold build of the x86_64-patchwork cross toolchain: binutils, then GCC
# (C only) and libgcc, from the pinned Debian sources, patched with
# patches/binutils and patches/gcc.
#
# Usage: toolchain/build-toolchain.sh PREFIX BUILD_DIR
#
# PREFIX receives the installed toolchain. Its sysroot is PREFIX/sysroot,
# which the toolchain finds relative to its own binaries, so the tree can
# be moved anywhere (toolchain.sh installs it into a checkout and points
# PREFIX/sysroot at that checkout's sysroot/). BUILD_DIR holds the sources,
# objects and logs; it is left in place when a stage fails.
#
# Nothing from libstd goes into this build: libgcc is built without libc
# headers (inhibit_libc), so the toolchain's cache key does not depend on
# libstd.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/sources.sh"
. "$here/progress.sh"

if [ $# -ne 2 ]; then
    echo "usage: $0 PREFIX BUILD_DIR" >&2
    exit 2
fi
prefix=$(realpath -m "$1")
build=$(realpath -m "$2")
jobs=${JOBS:-$(nproc)}

sources_verify_all

mkdir -p "$build" "$prefix/sysroot/usr/include"
export PATH="$prefix/bin:$PATH"

extract() { # TARBALL DIR_NAME
    rm -rf "${build:?}/$2"
    tar -C "$build" -xf "$1"
}

apply_patches() { # SRC_DIR PATCH_DIR
    local p
    for p in "$2"/*.patch; do
        echo "applying $(basename "$p")"
        patch -d "$1" -p1 --no-backup-if-mismatch <"$p"
    done
}

patch_gcc() {
    echo "applying Debian's $(basename "$GCC_GFDL_PATCH")"
    patch -d "$build/gcc-$GCC_VERSION" -p2 --no-backup-if-mismatch <"$GCC_GFDL_PATCH"
    apply_patches "$build/gcc-$GCC_VERSION" "$root/patches/gcc"
}

# The number after each stage name is how many object files it made in a
# finished build (toolchain/objects.txt, outside the cache key: it changes
# what is shown, not what is built), for the progress percentage.
progress_init toolchain 12 "$build/logs"
objects() { progress_expected "$here/objects.txt" "$1"; }
cd "$build"

progress_stage "binutils: extract" 0 extract "$BINUTILS_TARBALL" "binutils-$BINUTILS_VERSION"
progress_stage "binutils: patch" 0 \
    apply_patches "$build/binutils-$BINUTILS_VERSION" "$root/patches/binutils"
rm -rf "$build/binutils-build" && mkdir -p "$build/binutils-build"
cd "$build/binutils-build"
# Only what the project uses is built: the assembler, the linker and the
# binary utilities. No profilers (gprof, gprofng), no gold, no CTF debug
# format, no linker plugins (there is no LTO), no documentation
# (MAKEINFO=true), and host objects without debug information (-O2 rather
# than -O2 -g: the compiler is installed stripped anyway, and -g is a good
# part of the host's compile time).
progress_stage "binutils: configure" 0 \
    "../binutils-$BINUTILS_VERSION/configure" \
        --target="$TOOLCHAIN_TARGET" \
        --prefix="$prefix" \
        --with-sysroot="$prefix/sysroot" \
        --disable-nls \
        --disable-werror \
        --disable-gdb \
        --disable-gprof \
        --disable-gprofng \
        --disable-gold \
        --disable-libctf \
        --disable-plugins \
        --without-zstd \
        CFLAGS=-O2 CXXFLAGS=-O2
progress_stage "binutils: build" "$(objects binutils)" make -j"$jobs" MAKEINFO=true
progress_stage "binutils: install" 0 make install-strip MAKEINFO=true

progress_stage "gcc: extract" 0 extract "$GCC_TARBALL" "gcc-$GCC_VERSION"
progress_stage "gcc: patch" 0 patch_gcc
rm -rf "$build/gcc-build" && mkdir -p "$build/gcc-build"
cd "$build/gcc-build"
# inhibit_libc: libgcc must not need libstd's headers (see above). gcc's
# own configure honours it from the environment, and the top-level make runs
# that configure later, so it is exported for every gcc stage.
export inhibit_libc=true
# C only, and of the target libraries only libgcc (without gcov's); no
# sanitizers, no ISL loop optimiser, no documentation, host objects
# without -g (as for binutils above).
progress_stage "gcc: configure" 0 \
    "../gcc-$GCC_VERSION/configure" \
        --target="$TOOLCHAIN_TARGET" \
        --prefix="$prefix" \
        --with-sysroot="$prefix/sysroot" \
        --enable-languages=c \
        --disable-nls \
        --disable-shared \
        --disable-multilib \
        --disable-threads \
        --disable-lto \
        --disable-plugin \
        --disable-libssp \
        --disable-libquadmath \
        --disable-libgomp \
        --disable-libatomic \
        --disable-libvtv \
        --disable-libcc1 \
        --disable-libsanitizer \
        --disable-gcov \
        --without-isl \
        --without-zstd \
        --enable-initfini-array \
        --disable-werror \
        CFLAGS=-O2 CXXFLAGS=-O2
progress_stage "gcc: build compiler" "$(objects gcc)" make -j"$jobs" all-gcc MAKEINFO=true
progress_stage "gcc: build libgcc" "$(objects libgcc)" make -j"$jobs" all-target-libgcc MAKEINFO=true
progress_stage "gcc: install" 0 make install-strip-gcc install-strip-target-libgcc MAKEINFO=true

# The sysroot is supplied by whoever installs the tree (a symlink to a
# checkout's sysroot/); the empty build-time placeholder goes.
rm -rf "$prefix/sysroot"
echo "toolchain: installed into $prefix"
