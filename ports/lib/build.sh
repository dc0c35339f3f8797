# shellcheck shell=bash
# Building, caching and installing one port (sourced by ports/port.sh).
#
#   port_build NAME       build NAME's dependencies, then NAME, and install
#   port_list_line NAME   "NAME VERSION STATE" for --list

ports_done=" "     # ports installed during this run
ports_visiting=" " # the dependency chain being built, to catch cycles

# Where the port's last build put its output: the installed record's key.
installed_key() { head -n 1 "$state_dir/installed/$1" 2>/dev/null || true; }

port_list_line() { # NAME
    local key version state
    key=$(port_key "$1") || return 1
    version=$(recipe_load "$1" >/dev/null && echo "$version")
    if [ "$(installed_key "$1")" = "$key" ]; then
        state=built
    elif [ -f "$ports_cache/build/$1/$key.tar.zst" ]; then
        state=cached
    else
        state="not built"
    fi
    printf '%-16s %-12s %s\n' "$1" "$version" "$state"
}

port_build() { # NAME
    local n=$1 d deps
    [[ $ports_done == *" $n "* ]] && return 0
    [[ $ports_visiting == *" $n "* ]] && { echo "ports: dependency cycle:$ports_visiting$n" >&2; return 1; }
    ports_visiting+="$n "
    deps=$(recipe_load "$n" && echo "${depends[*]}") || return 1
    for d in $deps; do port_build "$d" || return 1; done
    (
        recipe_load "$n" || exit 1
        key=$(port_key "$n") || exit 1
        if [ "$(installed_key "$n")" = "$key" ]; then
            echo "port $n: $version is built (key $key)"
            exit 0
        fi
        for h in "${needs_headers[@]}"; do
            [ -f "$sysroot/usr/include/$h" ] || {
                echo "port $n: needs <$h>, which the sysroot's libstd does not have yet" >&2
                exit 3
            }
        done
        echo "port $n: $version, key $key"
        cache_fetch_or_build "$ports_cache/build/$n" "$key" "$state_dir/tree/$n" build_into || exit 1
        install_tree "$key" "$state_dir/tree/$n" || exit 1
        rm -rf "${state_dir:?}/tree/$n"
        echo "port $n: installed"
    ) || return
    ports_done+="$n "
    ports_visiting=${ports_visiting/ $n / }
}

# Run one of the recipe's steps in a shell of its own, so that "set -e"
# holds inside it whatever the caller does, with its output in the log.
run_stage() { # STAGE SRC DESTDIR LOG
    local stage=$1 src=$2 dest=$3 log=$4
    echo "== $stage" >>"$log"
    if ! (cd "$src" && env PORT_TARGET="$TOOLCHAIN_TARGET" PORT_SYSROOT="$sysroot" \
            PORT_DESTDIR="$dest" PORT_JOBS="${JOBS:-2}" \
            CC="$TOOLCHAIN_TARGET-gcc" AR="$TOOLCHAIN_TARGET-ar" RANLIB="$TOOLCHAIN_TARGET-ranlib" \
            STRIP="$TOOLCHAIN_TARGET-strip" PKG_CONFIG="$TOOLCHAIN_TARGET-pkg-config" \
            bash -c 'set -euo pipefail; . "$1"; . "$2"; "port_$3"' port \
            "$here/lib/helpers.sh" "$port_dir/recipe.sh" "$stage") >>"$log" 2>&1; then
        echo "port $name: stage '$stage' failed; the end of $log:" >&2
        tail -n 25 "$log" | sed 's/^/  | /' >&2
        return 1
    fi
}

build_into() { # OUT: a cold build of the loaded recipe, installed into OUT
    local out=$1 work="$ports_cache/work/$name" stage
    local log="$work/build.log"
    rm -rf "$work"
    mkdir -p "$work" "$out"
    echo "port $name: fetching sources"
    sources_fetch || { echo "port $name: stage 'fetch' failed" >&2; return 1; }
    echo "port $name: unpacking (log: $log)"
    sources_unpack "$work/src" >>"$log" 2>&1 || {
        echo "port $name: stage 'unpack' failed; the end of $log:" >&2
        tail -n 25 "$log" | sed 's/^/  | /' >&2
        return 1
    }
    for stage in configure build install; do
        echo "port $name: $stage"
        run_stage "$stage" "$work/src" "$out" "$log" || return 1
    done
    rm -rf "$work"
}

install_tree() { # KEY TREE: copy a built result into the sysroot and image
    local key=$1 tree=$2 rec="$state_dir/installed/$name" f dst
    mkdir -p "$state_dir/installed"
    if [ -f "$rec" ]; then # the older build's files go first
        tail -n +2 "$rec" | while read -r f; do rm -f "${root:?}/$f"; done
    fi
    echo "$key" >"$rec.new"
    (cd "$tree" && find . -type f -o -type l | LC_ALL=C sort) | while read -r f; do
        f=${f#./}
        case $f in
            usr/include/*|usr/lib/*) dst="sysroot/$f" ;;
            *) dst="build/ports/root/$f" ;;
        esac
        mkdir -p "$(dirname "$root/$dst")"
        cp -P "$tree/$f" "$root/$dst"
        echo "$dst" >>"$rec.new"
    done
    mv "$rec.new" "$rec"
}
