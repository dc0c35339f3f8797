# Chocolate Doom: the game binary chocolate-doom (home:/usr/bin, stripped),
# on the SDL2 port, without SDL2_mixer (no music or sound effects: the OS
# has no sound device) and without SDL2_net (no network). Not built:
# heretic, hexen, strife, the setup programs and the server. It finds the
# IWAD of the freedoom port in /usr/share/games/doom (home: when started
# from home:) and keeps its configuration and saved games where
# SDL_GetPrefPath says: home:/cfg/chocolate-doom/.
name=chocolate-doom
version=3.0.0-git1471
debian_package=chocolate-doom
debian_version=3.0.1+really3.0.0+git1471-1
sources=(
    "chocolate-doom_3.0.1+really3.0.0+git1471-1.dsc c9340b81028a2e1f6bf6ae00a038a7407e16bffde52905abd3912cf522dadb72"
    "chocolate-doom_3.0.1+really3.0.0+git1471.orig.tar.gz dcc267e6321c6a61e8619df7a99a039f41db36bf700957bb33cb28721adf2f7f"
    "chocolate-doom_3.0.1+really3.0.0+git1471-1.debian.tar.xz 046e12917c5fb7713251cfdb64860d63c50b9db55e1cafac8d12173c4dae6554"
)
depends=(sdl2 freedoom)

# The Debian source is a git snapshot without a configure script: autoreconf
# makes one with the host's autotools (automake, tools/deps.sh), as
# Debian's own build does; then the config.sub that knows the target. The
# python-made extras (manuals, bash completion, fonts, icons) stay off.
port_configure() {
    autoreconf -fi
    port_refresh_config
    port_autoconf --disable-sdl2mixer --disable-sdl2net \
        --without-libsamplerate --without-libpng \
        --disable-doc --disable-bash-completion --disable-fonts --disable-icons
}

# Only what chocolate-doom links: the three support libraries, the Doom
# game code and the binary.
port_build() {
    make -C textscreen -j"$PORT_JOBS" libtextscreen.a
    make -C pcsound -j"$PORT_JOBS" libpcsound.a
    make -C opl -j"$PORT_JOBS" libopl.a
    make -C src/doom -j"$PORT_JOBS"
    make -C src -j"$PORT_JOBS" chocolate-doom
}

port_install() {
    install -D -m 755 src/chocolate-doom "$PORT_DESTDIR/usr/bin/chocolate-doom"
    "$STRIP" "$PORT_DESTDIR/usr/bin/chocolate-doom"
}
