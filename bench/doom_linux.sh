# shellcheck shell=bash
# chocolate-doom for the Linux guest of bench/doom.sh (sourced; needs
# $root, $work, $JOBS and fail): the sources of the sdl2 and chocolate-doom
# ports (their pinned Debian packages, fetched into the ports cache), the
# chocolate-doom port's own patches, built by the host's GCC and linked
# statically. SDL 2 is configured for Linux with what the PatchworkOS
# port has and nothing more: the dummy video driver (plus the offscreen one
# SDL always builds), the dummy audio driver, pthreads, the unix timer; no
# X11, Wayland, KMS, OpenGL, joystick, udev or D-Bus. The game is
# configured as the port is (no SDL2_mixer, SDL2_net, libsamplerate or
# libpng).
#
#   doom_linux_build   sets doom_linux_bin to the static chocolate-doom,
#                      built once per input set into the bench-linux cache
#                      (a folder keyed by the sources' and this file's
#                      hashes)

doom_linux_build() {
    local ports_cache sources key dir prefix log
    ports_cache=${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}/ports
    ports/port.sh --fetch sdl2 chocolate-doom >"$work/fetch.log" 2>&1 || fail "ports/port.sh --fetch: $(tail -n 3 "$work/fetch.log")"
    sources="$ports_cache/sources"
    key=$(cat "$sources"/sdl2/*.dsc "$sources"/chocolate-doom/*.dsc ports/chocolate-doom/patches/*.patch \
        bench/doom_linux.sh <(gcc -dumpfullversion) | sha256sum | cut -c1-16)
    dir="$linux_cache/doom-$key"
    doom_linux_bin="$dir/chocolate-doom"
    [ -x "$doom_linux_bin" ] && return 0
    rm -rf "$linux_cache"/doom-* "$work/linux-build"
    mkdir -p "$work/linux-build"
    prefix="$work/linux-build/prefix"
    log="$work/linux-build.log"
    echo "# building chocolate-doom for Linux (host GCC, static; once per input set)" >&2
    (
        set -e
        cd "$work/linux-build"
        dpkg-source --no-check -x "$sources"/sdl2/*.dsc sdl
        cd sdl
        ./configure --prefix="$prefix" --disable-shared --enable-static \
            --disable-video-x11 --disable-video-wayland --disable-video-kmsdrm --disable-video-rpi \
            --disable-video-directfb --disable-video-vivante --disable-video-opengl \
            --disable-video-opengles --disable-video-vulkan \
            --disable-alsa --disable-oss --disable-pulseaudio --disable-pipewire --disable-jack \
            --disable-sndio --disable-esd --disable-arts --disable-nas --disable-diskaudio \
            --disable-joystick --disable-haptic --disable-sensor --disable-hidapi --disable-libudev \
            --disable-dbus --disable-ime --disable-ibus --disable-fcitx --disable-loadso
        make -j"$JOBS"
        make install
        cd ..
        dpkg-source --no-check -x "$sources"/chocolate-doom/*.dsc doom
        cd doom
        for p in "$root"/ports/chocolate-doom/patches/*.patch; do patch -p1 <"$p"; done
        autoreconf -fi
        PKG_CONFIG_PATH="$prefix/lib/pkgconfig" PKG_CONFIG="pkg-config --static" LDFLAGS=-static \
            ./configure --disable-sdl2mixer --disable-sdl2net --without-libsamplerate --without-libpng \
            --disable-doc --disable-bash-completion --disable-fonts --disable-icons
        make -C textscreen -j"$JOBS" libtextscreen.a
        make -C pcsound -j"$JOBS" libpcsound.a
        make -C opl -j"$JOBS" libopl.a
        make -C src/doom -j"$JOBS"
        make -C src -j"$JOBS" chocolate-doom
    ) >"$log" 2>&1 || fail "the Linux build of chocolate-doom: $(tail -n 8 "$log")"
    file "$work/linux-build/doom/src/chocolate-doom" | grep -q 'statically linked' ||
        fail "the Linux chocolate-doom is not static: $(file "$work/linux-build/doom/src/chocolate-doom")"
    mkdir -p "$dir"
    install -m 755 "$work/linux-build/doom/src/chocolate-doom" "$doom_linux_bin"
    strip "$doom_linux_bin"
    rm -rf "$work/linux-build"
}
