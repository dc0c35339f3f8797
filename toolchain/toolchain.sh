#!/usr/bin/env bash
# Make sure this checkout has a working cross toolchain in toolchain/local.
#
# The toolchain is identified by a key: a hash of everything that goes into
# it (the pinned sources in sources.sh, the patches, the build scripts and
# the host compiler). toolchain/local/.key records the key it was made
# from; if that matches, there is nothing to do. Otherwise the toolchain
# comes from the per-user cache, ${PATCHWORK_CACHE:-~/.cache/patchworkos},
# or, on a miss, is built there first (build-toolchain.sh) and then
# unpacked here. toolchain/local/sysroot points at this checkout's sysroot/,
# so the compiler always uses the sysroot of the checkout that runs it.
#
# Usage: toolchain/toolchain.sh [--key]   (--key: print the key and exit)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/sources.sh"
. "$here/cache.sh"

cache_root=${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}
cache_dir="$cache_root/toolchain"
dest="$root/toolchain/local"

# progress.sh and objects.txt only change what the build shows, so they
# are not inputs: fixing the progress line costs no GCC rebuild.
toolchain_key() {
    cd "$root"
    cache_key \
        --text "target $TOOLCHAIN_TARGET" \
        --text "host $(uname -m) $(gcc -dumpfullversion 2>/dev/null || echo none)" \
        toolchain/sources.sh toolchain/build-toolchain.sh \
        patches/binutils/*.patch patches/gcc/*.patch
}

# A restored toolchain must also run: an archive can be intact and still
# wrong (say, built by a broken script that was later fixed under the same
# key by hand).
toolchain_works() {
    [ "$("$dest/bin/$TOOLCHAIN_TARGET-gcc" -dumpversion 2>/dev/null)" = "$GCC_VERSION" ] &&
    "$dest/bin/$TOOLCHAIN_TARGET-ld" --version >/dev/null 2>&1
}

build_into() { # OUT: cold build, logs and objects under the cache folder
    "$here/build-toolchain.sh" "$1" "$cache_dir/work-$key"
    rm -rf "${cache_dir:?}/work-$key"
}

key=$(toolchain_key)
if [ "${1:-}" = --key ]; then
    echo "$key"
    exit 0
fi

if [ -f "$dest/.key" ] && [ "$(cat "$dest/.key")" = "$key" ] && toolchain_works; then
    exit 0
fi

echo "toolchain: $TOOLCHAIN_TARGET, key $key, cache $cache_dir"
rm -rf "$dest"
cache_fetch_or_build "$cache_dir" "$key" "$dest" build_into
if ! toolchain_works; then
    echo "toolchain: the cached toolchain $key does not run; rebuilding it" >&2
    rm -rf "$dest"
    cache_discard "$cache_dir" "$key" "its compiler does not run"
    cache_fetch_or_build "$cache_dir" "$key" "$dest" build_into
    toolchain_works || { echo "toolchain: the freshly built toolchain does not run" >&2; exit 1; }
fi
ln -sfn ../../sysroot "$dest/sysroot"
echo "$key" >"$dest/.key"
echo "toolchain: ready in toolchain/local ($("$dest/bin/$TOOLCHAIN_TARGET-gcc" --version | head -n1))"
