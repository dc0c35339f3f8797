# bc: GNU's arbitrary-precision calculator, with its math library under
# -l, into home:/usr/bin; without readline. Not dc: Debian's dc reads
# ~/.dcrc through getpwuid (pwd.h), and PatchworkOS has no users.
# Its configure runs unchanged with --host (bc ships no config.sub: it
# never canonicalises the host, so there is nothing to refresh); two
# things about bc's own build are not about PatchworkOS but about cross
# compiling:
#  - bc/libmath.h (the -l library as compiled bc code) is not in the
#    tarball: bc's Makefile makes it by running a bc it has just built,
#    which cannot run on the build machine. A bc built with the host's
#    compiler makes it here, and make is told not to remake it.
#  - Debian's patch 08 edits bc/Makefile.am (only the rule above);
#    Makefile.in is touched so make does not want automake 1.14.
name=bc
version=1.07.1
debian_package=bc
debian_version=1.07.1-3
sources=(
    "bc_1.07.1-3.dsc 92f057cf569b6a90f95f423b293e49dce8e7cf7e99764d4aef4dfe6aa2642e15"
    "bc_1.07.1.orig.tar.gz 62adfca89b0a1c0164c2cdca59ca210c1d44c3ffc46daf9931cf4942664cb02a"
    "bc_1.07.1-3.debian.tar.xz 6df0a810e2f1baad5d54ff93dba7ef1cb168ab5546983156f44dd554850576bc"
)
depends=()
needs_headers=(unistd.h)

port_configure() {
    touch bc/Makefile.in
    host_libmath
    port_autoconf --without-readline --without-libedit
}

# libmath.h from a host build in host/: what bc's Makefile does (compile
# libmath.b with "fbc -c", then its fix-libmath_h, an ed script, turns
# the lines into a C array), with sed for ed.
host_libmath() {
    mkdir host
    (
        cd host
        CC=gcc CFLAGS=-O2 ../configure --without-readline >/dev/null
        make -C lib libbc.a
        echo '{0}' >bc/libmath.h
        make -C bc main.o bc.o scan.o execute.o load.o storage.o util.o warranty.o global.o
        gcc -o bc/fbc bc/main.o bc/bc.o bc/scan.o bc/execute.o bc/load.o bc/storage.o \
            bc/util.o bc/warranty.o bc/global.o lib/libbc.a
        bc/fbc -c ../bc/libmath.b </dev/null | sed '$d' |
            sed -e '1s/^/{"/' -e '2,$s/^/"/' -e 's/$/",/' -e '$s/,$/,0}/' >../bc/libmath.h
    )
    rm -rf host
}

# -o keeps make from remaking libmath.h; it is not passed to sub-makes,
# so the two folders bc needs are made by themselves.
port_build() {
    make -C lib -j"$PORT_JOBS"
    make -C bc -j"$PORT_JOBS" -o libmath.h
}

port_install() {
    install -D -m 755 bc/bc "$PORT_DESTDIR/usr/bin/bc"
    "$STRIP" "$PORT_DESTDIR/usr/bin/bc"
}
