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
