# Pinned inputs of the cross toolchain.
#
# The sources come from Debian's source packages (binutils-source,
# gcc-12-source), which install the upstream tarballs under /usr/src.
# Every file is pinned by sha256: a different package version changes the
# hash, the build refuses to start, and whoever updates the pin also gets a
# new cache key. Sourced by the other toolchain scripts.

TOOLCHAIN_TARGET=x86_64-patchwork

BINUTILS_VERSION=2.40
BINUTILS_TARBALL=/usr/src/binutils/binutils-2.40.tar.xz
BINUTILS_SHA256=797fbf86910eec8dec1e2815ab3e92b98b9cd8c9ab1a57b216cc97dd90b4df9f

GCC_VERSION=12.2.0
GCC_TARBALL=/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz
GCC_SHA256=50c63ff82919323c25fbbb4a9eae259edc974118a0fb30c905190cb782ec11c2

# Debian strips the GFDL manuals from its GCC tarball; its own patch makes
# the build stop asking for them. We apply it from the package, unchanged.
GCC_GFDL_PATCH=/usr/src/gcc-12/debian/patches/gcc-gfdl-build.diff
GCC_GFDL_SHA256=29b36f739f29959b580364a7aff45a0f291a6bd7c803af6794b737130acfb751

# Check a pinned file: present and with the expected hash.
# Usage: sources_verify FILE SHA256 PACKAGE
sources_verify() {
    local file=$1 want=$2 package=$3 have
    if [ ! -f "$file" ]; then
        echo "toolchain: $file is missing; it comes from the Debian package '$package' (./build.sh deps installs it)" >&2
        return 1
    fi
    have=$(sha256sum "$file" | cut -d' ' -f1)
    if [ "$have" != "$want" ]; then
        echo "toolchain: $file has sha256 $have, expected $want." >&2
        echo "toolchain: the '$package' package changed; update the pin in toolchain/sources.sh after checking the new version." >&2
        return 1
    fi
}

sources_verify_all() {
    sources_verify "$BINUTILS_TARBALL" "$BINUTILS_SHA256" binutils-source &&
    sources_verify "$GCC_TARBALL" "$GCC_SHA256" gcc-12-source &&
    sources_verify "$GCC_GFDL_PATCH" "$GCC_GFDL_SHA256" gcc-12-source
}
