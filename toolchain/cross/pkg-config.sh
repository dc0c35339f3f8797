#!/usr/bin/env bash
# x86_64-patchwork-pkg-config: the host's pkg-config, told to look only at
# the .pc files in the toolchain's sysroot (never the host's own packages)
# and to prefix the paths it prints with the sysroot. The sysroot is the
# one next to this script: toolchain/local/sysroot.
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
sysroot=$(cd "$here/../sysroot" && pwd -P)
unset PKG_CONFIG_PATH
export PKG_CONFIG_LIBDIR="$sysroot/usr/lib/pkgconfig:$sysroot/usr/share/pkgconfig"
export PKG_CONFIG_SYSROOT_DIR="$sysroot"
exec pkg-config "$@"
