# zlib: the deflate compression library (libz.a, zlib.h, zlib.pc into the
# sysroot) and its small gzip-like tool, minigzip (home:/usr/bin).
name=zlib
version=1.2.13
debian_package=zlib
debian_version=1:1.2.13.dfsg-1
sources=(
    "zlib_1.2.13.dfsg-1.dsc 3fa1e6b2fc525062aa88207dda52fed8e045373c809d362fe8a2bfbf7cf515a8"
    "zlib_1.2.13.dfsg.orig.tar.bz2 71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
    "zlib_1.2.13.dfsg-1.debian.tar.xz f66cf3d4f2d7defcd4d1fd1fb0a11ee39f1e01b42ec7d059c9dc5c1695133c44"
)
depends=()
# The gz* file functions open files with open() and O_ flags.
needs_headers=(fcntl.h unistd.h)

# zlib's own configure (not autoconf) takes the target from CHOST and
# builds only the static library when asked.
port_configure() {
    CHOST="$PORT_TARGET" ./configure --static --prefix=/usr
}

port_build() {
    make -j"$PORT_JOBS" libz.a minigzip
}

port_install() {
    make install DESTDIR="$PORT_DESTDIR"
    rm -rf "$PORT_DESTDIR/usr/share/man"
    install -D -m 755 minigzip "$PORT_DESTDIR/usr/bin/minigzip"
    "$STRIP" "$PORT_DESTDIR/usr/bin/minigzip"
}
