#!/usr/bin/env bash
# Install, next to the toolchain in toolchain/local, what cross builds of
# third-party software expect:
#   share/patchwork/config.sub, config.guess   know x86_64-patchwork
#   bin/x86_64-patchwork-pkg-config            sees only the sysroot
#   share/patchwork/cmake/x86_64-patchwork.cmake   CMake toolchain file
#   share/patchwork/meson/x86_64-patchwork.ini     meson cross file (it
#     names toolchain/local by its absolute path, part of the stamp)
# This is a step after the toolchain is installed, not part of it: these
# files do not go into the toolchain's cache key, so changing them never
# rebuilds GCC. A stamp of this script's inputs makes a rerun a no-op.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/sources.sh"
dest="$root/toolchain/local"
share="$dest/share/patchwork"
# config.sub comes from binutils, patched the way the toolchain build does.
config_patch="$root/patches/binutils/0001-config.sub-recognise-patchwork.patch"

stamp=$( (echo "$dest"; cat "$here/crossfiles.sh" "$config_patch" "$here"/cross/*.* "$here"/cross/Platform/*) |
    sha256sum | cut -c1-24)
[ "$(cat "$share/.stamp" 2>/dev/null)" = "$stamp" ] && exit 0
[ -x "$dest/bin/$TOOLCHAIN_TARGET-gcc" ] || { echo "crossfiles: no toolchain in $dest" >&2; exit 1; }

sources_verify "$BINUTILS_TARBALL" "$BINUTILS_SHA256" binutils-source
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$BINUTILS_TARBALL" -C "$tmp" "binutils-$BINUTILS_VERSION/config.sub" "binutils-$BINUTILS_VERSION/config.guess"
patch -s -d "$tmp/binutils-$BINUTILS_VERSION" -p1 <"$config_patch"

mkdir -p "$share/cmake/Platform" "$share/meson"
install -m 755 "$tmp/binutils-$BINUTILS_VERSION/config.sub" "$tmp/binutils-$BINUTILS_VERSION/config.guess" "$share/"
install -m 755 "$here/cross/pkg-config.sh" "$dest/bin/$TOOLCHAIN_TARGET-pkg-config"
install -m 644 "$here/cross/x86_64-patchwork.cmake" "$share/cmake/"
install -m 644 "$here/cross/Platform/PatchworkOS.cmake" "$share/cmake/Platform/"
sed "s|@TOOLCHAIN@|$dest|" "$here/cross/x86_64-patchwork.ini" >"$share/meson/x86_64-patchwork.ini"
echo "$stamp" >"$share/.stamp"
echo "crossfiles: config.sub, pkg-config, CMake and meson files installed in toolchain/local"
