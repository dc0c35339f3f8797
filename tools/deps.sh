#!/usr/bin/env bash
# Install the host packages PatchworkOS needs, with apt-get, when missing.
# Quiet when everything is already there.
# Usage: tools/deps.sh [fuzz-host]
#   fuzz-host  also what ./build.sh fuzz host needs (clang and libFuzzer);
#              nothing else, ./build.sh test included, needs them
set -euo pipefail

# Debian packages and why they are needed.
packages=(
    build-essential    # host gcc and make: build GCC itself and host tools
    binutils-source    # binutils 2.40 sources for the cross toolchain
    gcc-12-source      # GCC 12.2 sources for the cross toolchain
    libgmp-dev libmpfr-dev libmpc-dev  # GCC's arithmetic libraries
    texinfo bison flex # binutils' and GCC's build tools
    patch xz-utils zstd file  # unpacking, patching, the toolchain cache
    nasm               # assembler for our own assembly
    mtools dosfstools  # FAT disk images without root
    fdisk              # sfdisk: the tests check the image's partition table
    console-setup-linux  # the Terminus console font the kernel draws with
    gnu-efi            # UEFI headers, crt0, linker script and libraries
    ovmf               # UEFI firmware for QEMU
    qemu-system-x86    # the emulator that boots and tests the OS
    qemu-system-gui    # its window, for ./build.sh run on a desktop
    python3            # test harness and host tools
    gdb                # ./build.sh debug
    dpkg-dev           # dpkg-source: unpacks ports' Debian source packages
    automake           # autoreconf for ports shipped without configure (chocolate-doom)
    pkg-config         # behind x86_64-patchwork-pkg-config
    cmake              # the ports suite builds a project through the CMake toolchain file
    meson ninja-build  # and one through the meson cross file
    libfreetype-dev libpng-dev  # tools/ttf2grf and tools/png2fbmp: the desktop's fonts and images
    fonts-dejavu-core  # the TrueType fonts the desktop's .grf fonts are rendered from
)
case ${1:-} in
    "") ;;
    fuzz-host)
        # clang with its sanitizers; libFuzzer is in clang's runtime package.
        packages+=(clang "libclang-rt-$(clang -dumpversion 2>/dev/null | cut -d. -f1 | grep . || echo 14)-dev")
        ;;
    *) echo "usage: tools/deps.sh [fuzz-host]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: this is not a Debian system; install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
        echo "deps: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { "${sudo[@]}" apt-get update -qq && \
       "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "deps: apt-get failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
echo "deps: done"
