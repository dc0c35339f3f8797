# shellcheck shell=bash
# The Linux baseline guest of the benchmarks (sourced by bench/sched.sh and
# bench/lua.sh): Debian's kernel and static busybox, downloaded once with
# apt-get into the cache, never committed. linux_guest_fetch sets
# linux_cache, the folder holding vmlinuz, busybox, initramfs.cpio (the
# idle initramfs, bench/mkinitramfs.py) and version.
linux_guest_fetch() {
    linux_cache="${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}/bench-linux"
    mkdir -p "$linux_cache"
    if [ ! -f "$linux_cache/vmlinuz" ] || [ ! -f "$linux_cache/busybox" ]; then
        local kernel_package
        kernel_package=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
        # (apt warns that it downloads as root, outside its sandbox: harmless here)
        if ! (cd "$linux_cache" && apt-get download -q "$kernel_package" busybox-static >"$linux_cache/download.log" 2>&1); then
            cat "$linux_cache/download.log" >&2
            return 1
        fi
        rm -rf "$linux_cache/extract"
        dpkg-deb -x "$linux_cache"/linux-image-*.deb "$linux_cache/extract"
        dpkg-deb -x "$linux_cache"/busybox-static_*.deb "$linux_cache/extract"
        cp "$linux_cache"/extract/boot/vmlinuz-* "$linux_cache/vmlinuz"
        cp "$linux_cache/extract/bin/busybox" "$linux_cache/busybox"
        rm -f "$linux_cache/initramfs.cpio"
        basename "$linux_cache"/linux-image-*.deb .deb >"$linux_cache/version"
        rm -rf "$linux_cache/extract"
    fi
    if [ ! -f "$linux_cache/initramfs.cpio" ]; then
        python3 "$root/bench/mkinitramfs.py" "$linux_cache/initramfs.cpio" "$linux_cache/busybox"
    fi
}

# linux_module_build OUT.ko: bench/linux_kbench's module (kbench.c, Kbuild)
# built by the host's gcc-12 against Debian's headers for the very kernel
# the guest boots. The headers (linux-headers-RELEASE, its -common part and
# linux-kbuild, all of the image's Debian version) are downloaded with
# apt-get and extracted once into $linux_cache/headers-RELEASE; the module
# is built in a temporary folder and kept in the cache under the hash of
# its sources and the release. Quiet on success; the log on failure.
linux_module_build() {
    local out=$1 image release version flavour abi kbuild headers hash cached build deb
    linux_guest_fetch
    image=$(find "$linux_cache" -maxdepth 1 -name 'linux-image-*.deb' | head -n 1)
    [ -n "$image" ] || { echo "linux_module_build: no linux-image package in $linux_cache" >&2; return 1; }
    release=$(dpkg-deb -f "$image" Package)
    release=${release#linux-image-}    # 6.1.0-57-amd64
    version=$(dpkg-deb -f "$image" Version) # 6.1.192-3
    flavour=${release##*-}             # amd64
    abi=${release%-"$flavour"}         # 6.1.0-57
    kbuild=linux-kbuild-$(echo "$abi" | cut -d. -f1-2)
    headers=$linux_cache/headers-$release
    if [ ! -f "$headers/.extracted" ]; then
        command -v gcc-12 >/dev/null || { echo "linux_module_build: the headers' Makefile wants gcc-12 (Debian's kernel compiler)" >&2; return 1; }
        rm -rf "$headers" "$linux_cache/headers.tmp"
        mkdir -p "$linux_cache/headers.tmp"
        # (apt warns that it downloads as root, outside its sandbox: harmless here)
        if ! (cd "$linux_cache/headers.tmp" && apt-get download -q "linux-headers-$release=$version" \
            "linux-headers-$abi-common=$version" "$kbuild=$version" >download.log 2>&1); then
            cat "$linux_cache/headers.tmp/download.log" >&2
            return 1
        fi
        for deb in "$linux_cache"/headers.tmp/*.deb; do
            dpkg-deb -x "$deb" "$linux_cache/headers.tmp/root"
        done
        # The flavour's Makefile includes the common one by its installed
        # path (/usr/src/...): point it at the extracted copy. The scripts
        # and tools links are relative, so they hold inside the copy.
        sed -i "s|^include /usr/src/|include $headers/usr/src/|" \
            "$linux_cache/headers.tmp/root/usr/src/linux-headers-$release/Makefile"
        mv "$linux_cache/headers.tmp/root" "$headers"
        rm -rf "$linux_cache/headers.tmp"
        touch "$headers/.extracted"
    fi
    hash=$(cat "$root/bench/linux_kbench/kbench.c" "$root/bench/linux_kbench/Kbuild" | sha256sum | cut -c1-16)
    cached=$linux_cache/kbench-$release-$hash.ko
    if [ ! -f "$cached" ]; then
        build=$(mktemp -d)
        cp "$root/bench/linux_kbench/kbench.c" "$root/bench/linux_kbench/Kbuild" "$build/"
        if ! make -C "$headers/usr/src/linux-headers-$release" M="$build" modules >"$build/build.log" 2>&1 ||
            [ ! -f "$build/kbench.ko" ]; then
            cat "$build/build.log" >&2
            rm -rf "$build"
            return 1
        fi
        rm -f "$linux_cache"/kbench-"$release"-*.ko
        cp "$build/kbench.ko" "$cached"
        rm -rf "$build"
    fi
    cp "$cached" "$out"
}
