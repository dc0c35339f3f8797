# SDL 2: libSDL2.a (and libSDL2_test.a, SDL's test framework) with SDL's
# headers, our SDL_config.h, sdl2.pc and sdl2-config into the sysroot;
# SDL's test programs testdraw2, testkeys, testtimer, testthread and our
# own backend check sdl2check into home:/usr/test/sdl2. The PatchworkOS
# backend is ours: src/ here (video on dwm, threads, filesystem) is copied
# into SDL's tree, and Makefile.patchwork lists what is built
# (docs/sdl2.md).
name=sdl2
version=2.26.5
debian_package=libsdl2
debian_version=2.26.5+dfsg-1
sources=(
    "libsdl2_2.26.5+dfsg-1.dsc 95b9a18130d98164e7856eca8ac1a2eb65d822ac4872ef8862ceed2cb1662136"
    "libsdl2_2.26.5+dfsg.orig.tar.gz b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3"
    "libsdl2_2.26.5+dfsg-1.debian.tar.xz 45a0454e18b1bea85960d090e691c39216442610e600a6aec7cc99de525f4158"
)
depends=()
# Threads on pthreads, timers on clock_gettime and nanosleep, the base
# path from getpid and getcwd.
needs_headers=(pthread.h time.h unistd.h sys/stat.h patchwork/client.h)
# The video driver talks to dwm through libpatchwork's client.
uses_libpatchwork=yes

sdl2_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sdl2_tests=(testdraw2 testkeys testtimer testthread)

port_configure() {
    cp "$sdl2_here/SDL_config.h" include/SDL_config.h
    cp "$sdl2_here/Makefile.patchwork" .
    cp -r "$sdl2_here/src/." src/
    mkdir -p patchwork-tests
    cp "$sdl2_here"/tests/*.c "$sdl2_here"/tests/*.h patchwork-tests/
}

port_build() {
    local t
    make -f Makefile.patchwork -j"$PORT_JOBS" CC="$CC" AR="$AR" RANLIB="$RANLIB"
    mkdir -p build/bin
    for t in "${sdl2_tests[@]}"; do
        "$CC" -O2 -Iinclude -D_REENTRANT -o "build/bin/$t" "test/$t.c" \
            build/libSDL2_test.a build/libSDL2.a -lpatchwork -lm
    done
    "$CC" -std=gnu17 -Wall -Wextra -Werror -O2 -Iinclude -D_REENTRANT -o build/bin/sdl2check \
        patchwork-tests/*.c build/libSDL2.a -lpatchwork -lm
}

port_install() {
    local d="$PORT_DESTDIR/usr" t
    install -d "$d/include/SDL2" "$d/lib/pkgconfig" "$d/lib/sdl2" "$d/test/sdl2"
    install -m 644 include/*.h "$d/include/SDL2/"
    install -m 644 build/libSDL2.a build/libSDL2_test.a "$d/lib/"
    sed "s/@VERSION@/$version/" "$sdl2_here/sdl2.pc.in" >"$d/lib/pkgconfig/sdl2.pc"
    sed "s/@VERSION@/$version/" "$sdl2_here/sdl2-config.in" >"$d/lib/sdl2/sdl2-config"
    chmod 755 "$d/lib/sdl2/sdl2-config"
    for t in "${sdl2_tests[@]}" sdl2check; do
        install -m 755 "build/bin/$t" "$d/test/sdl2/"
        "$STRIP" "$d/test/sdl2/$t"
    done
}
