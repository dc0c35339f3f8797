#!/usr/bin/env bash
# Build third-party ports (see ports/README.md).
#
# Usage: ports/port.sh NAME...   build these ports and their dependencies
#        ports/port.sh --all     build every port
#        ports/port.sh --list    each port with its version and state
#        ports/port.sh --check   load and check every recipe, build nothing
#        ports/port.sh --fetch NAME...
#                                download (or check) these ports' pinned
#                                sources into the cache, build nothing; no
#                                toolchain needed (bench/doom.sh builds
#                                the same sources for Linux)
#
# A port's result (what its install step put in PORT_DESTDIR) is cached
# under a key of its recipe, its patches, these scripts, the toolchain,
# the sysroot's libstd and its dependencies' keys. Installing a result
# copies usr/include and usr/lib into sysroot/ and everything else into
# build/ports/root/, which the image adds to home:. build/ports/installed
# records what each port installed and from which key.
#
# Environment: PATCHWORK_CACHE (cache root), JOBS, PORTS_DIR (another
# folder of recipes, for tests), PORTS_OFFLINE (never download).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$root/toolchain/sources.sh"
. "$root/toolchain/cache.sh"
ports_dir=${PORTS_DIR:-$here}
ports_cache=${PATCHWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos}/ports
state_dir="$root/build/ports"
sysroot="$root/sysroot"
. "$here/lib/apt.sh"
. "$here/lib/sources.sh"
. "$here/lib/recipes.sh"
. "$here/lib/build.sh"

if [ "${1:-}" = --fetch ]; then
    shift
    [ $# -gt 0 ] || { echo "usage: ports/port.sh --fetch NAME..." >&2; exit 2; }
    mkdir -p "$ports_cache"
    exec 9>"$ports_cache/.lock"
    flock 9
    for n in "$@"; do (recipe_load "$n" && sources_fetch); done
    exit 0
fi

export PATH="$root/toolchain/local/bin:$PATH"
[ -x "$root/toolchain/local/bin/$TOOLCHAIN_TARGET-gcc" ] || {
    echo "ports: no toolchain; run ./build.sh toolchain first" >&2
    exit 1
}
mkdir -p "$ports_cache"
# One build at a time per cache: other checkouts share it.
exec 9>"$ports_cache/.lock"
flock 9

libstd_key=$(libstd_hash)
case ${1:-} in
    --list)
        for n in $(port_names); do port_list_line "$n"; done
        ;;
    --check)
        bad=0
        for n in $(port_names); do
            if (recipe_load "$n"); then echo "ports: $n: recipe ok"; else bad=1; fi
        done
        exit "$bad"
        ;;
    --all)
        for n in $(port_names); do port_build "$n"; done
        ;;
    ""|-*)
        echo "usage: ports/port.sh NAME... | --all | --list | --check | --fetch NAME..." >&2
        exit 2
        ;;
    *)
        for n in "$@"; do port_build "$n"; done
        ;;
esac
