# Lua 5.4: the interpreter lua and the compiler luac (home:/usr/bin), and
# liblua.a with its headers and lua.pc (lua5.4.pc) in the sysroot for
# programs that embed Lua. Modules are found in home:/usr/share/lua/5.4
# (patches/0001).
name=lua
version=5.4.4
debian_package=lua5.4
debian_version=5.4.4-3+deb12u1
sources=(
    "lua5.4_5.4.4-3+deb12u1.dsc d47c50154294a68c8a209c5d61bc09e5b22891c01b7c47501ac3f9725eb4a813"
    "lua5.4_5.4.4.orig.tar.gz 164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61"
    "lua5.4_5.4.4-3+deb12u1.debian.tar.xz 2d8e0e380722c648cfeffb8d58287865619b4d035544d93d7ef3a2eaf627abe6"
)
depends=()
# LUA_USE_POSIX: popen for io.popen, mkstemp for os.tmpname, _setjmp for
# errors, fseeko for file:seek, isatty for the prompt, sys/wait.h for the
# exit statuses of os.execute and io.popen's close.
needs_headers=(unistd.h sys/wait.h)

# Debian's 0001-build-system.patch makes the makefiles build shared
# libraries with libtool and Debian's flags; the port uses Lua's own
# makefiles, so that patch is taken back out. Debian's other patches stay
# (C++ linkage in luaconf.h and two CVE fixes).
port_configure() {
    patch -R -p1 <debian/patches/0001-build-system.patch
}

# Lua's "posix" platform: ISO C plus LUA_USE_POSIX, without dlopen (the
# OS has no shared objects).
port_build() {
    make -C src -j"$PORT_JOBS" posix CC="$CC -std=gnu99" AR="$AR rcu" RANLIB="$RANLIB"
}

port_install() {
    local d="$PORT_DESTDIR/usr" h
    install -d "$d/bin" "$d/include" "$d/lib/pkgconfig"
    install -m 755 src/lua src/luac "$d/bin/"
    "$STRIP" "$d/bin/lua" "$d/bin/luac"
    for h in lua.h luaconf.h lualib.h lauxlib.h lua.hpp; do
        install -m 644 "src/$h" "$d/include/"
    done
    install -m 644 src/liblua.a "$d/lib/"
    cat >"$d/lib/pkgconfig/lua.pc" <<PC
prefix=/usr
includedir=\${prefix}/include
libdir=\${prefix}/lib

Name: Lua
Description: An extensible extension language
Version: $version
Cflags: -I\${includedir}
Libs: -L\${libdir} -llua -lm
PC
    cp "$d/lib/pkgconfig/lua.pc" "$d/lib/pkgconfig/lua5.4.pc"
}
