# cmark: the CommonMark reference implementation, a CMake project built
# with the toolchain's CMake file: libcmark.a, its headers and
# libcmark.pc into the sysroot; the cmark converter (cmark FILE.md prints
# HTML) into home:/usr/bin. Static only, without its tests.
name=cmark
version=0.30.2
debian_package=cmark
debian_version=0.30.2-6
sources=(
    "cmark_0.30.2-6.dsc ba2b32318538b710166cfa2b256b0c8dc9eab6b2d68de3027cff53ce2639cb99"
    "cmark_0.30.2.orig.tar.gz 6c7d2bcaea1433d977d8fed0b55b71c9d045a7cdf616e3cd2dce9007da753db3"
    "cmark_0.30.2-6.debian.tar.xz 3b9706eae5c220e5d913431991e65f7ddd850a44b14ee8a139586c3bb04e3d2e"
)
depends=()
needs_headers=()

port_configure() {
    local share
    share="$(dirname "$(command -v "$PORT_TARGET-gcc")")/../share/patchwork"
    cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE="$share/cmake/$PORT_TARGET.cmake" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMARK_SHARED=OFF -DCMARK_STATIC=ON -DCMARK_TESTS=OFF
}

port_build() {
    cmake --build build -j "$PORT_JOBS"
}

port_install() {
    DESTDIR="$PORT_DESTDIR" cmake --install build
    rm -rf "$PORT_DESTDIR/usr/share/man"
    "$STRIP" "$PORT_DESTDIR/usr/bin/cmark"
}
