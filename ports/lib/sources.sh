# shellcheck shell=bash
# A port's sources: fetched once into the cache, checked against the
# recipe's sha256 pins every time, unpacked with Debian's own patches
# (sourced by ports/port.sh; needs $ports_cache and a loaded recipe).
# A recipe that pins .deb files instead of a source package (a data port
# such as freedoom) gets the binary package: apt-get download, and
# dpkg-deb -x to unpack it.
#
#   sources_fetch        make $ports_cache/sources/NAME hold every pinned file
#   sources_unpack DIR   unpack the .dsc (or the .deb files) into DIR and
#                        apply ports/NAME/patches
#   sources_are_binary   true when the recipe pins .deb files

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

sources_are_binary() { [[ ${sources[0]} == *.deb\ * ]]; }

sources_fetch() {
    local dir="$ports_cache/sources/$name" file sum have missing=0 tmp
    mkdir -p "$dir"
    for entry in "${sources[@]}"; do
        read -r file sum <<<"$entry"
        if [ ! -f "$dir/$file" ]; then
            missing=1
        elif [ "$(sha256_of "$dir/$file")" != "$sum" ]; then
            echo "ports: $name: the cached source $file is corrupt (sha256 $(sha256_of "$dir/$file"), the recipe pins $sum); discarding it" >&2
            rm -f "$dir/$file"
            missing=1
        fi
    done
    [ "$missing" -eq 0 ] && return 0
    if [ -n "${PORTS_OFFLINE:-}" ]; then
        echo "ports: $name: sources missing from $dir and PORTS_OFFLINE forbids downloading" >&2
        return 1
    fi
    tmp=$(mktemp -d "$dir/.fetch.XXXXXX")
    if sources_are_binary; then
        echo "ports: $name: downloading Debian package $debian_package $debian_version"
        apt_download "$debian_package" "$debian_version" "$tmp" || { rm -rf "$tmp"; return 1; }
    else
        echo "ports: $name: downloading Debian source $debian_package $debian_version"
        apt_source "$debian_package" "$debian_version" "$tmp" || { rm -rf "$tmp"; return 1; }
    fi
    # Everything apt fetched must be pinned, and match its pin.
    for f in "$tmp"/*; do
        file=$(basename "$f")
        sum=$(printf '%s\n' "${sources[@]}" | awk -v f="$file" '$1 == f { print $2 }')
        have=$(sha256_of "$f")
        if [ -z "$sum" ]; then
            echo "ports: $name: apt-get gave $file, which the recipe does not pin (sha256 $have)" >&2
            rm -rf "$tmp"; return 1
        elif [ "$have" != "$sum" ]; then
            echo "ports: $name: $file has sha256 $have, the recipe pins $sum" >&2
            rm -rf "$tmp"; return 1
        fi
    done
    for entry in "${sources[@]}"; do
        read -r file sum <<<"$entry"
        [ -f "$tmp/$file" ] || { echo "ports: $name: apt-get did not give $file" >&2; rm -rf "$tmp"; return 1; }
        mv "$tmp/$file" "$dir/$file"
    done
    rmdir "$tmp"
}

sources_unpack() { # DIR
    local out=$1 dsc p entry file sum
    if sources_are_binary; then
        mkdir -p "$out"
        for entry in "${sources[@]}"; do
            read -r file sum <<<"$entry"
            dpkg-deb -x "$ports_cache/sources/$name/$file" "$out" || return 1
        done
    else
        dsc=$(printf '%s\n' "${sources[@]}" | awk '$1 ~ /\.dsc$/ { print $1 }')
        [ -n "$dsc" ] || { echo "ports: $name: the recipe pins no .dsc file" >&2; return 1; }
        dpkg-source --no-copy -x "$ports_cache/sources/$name/$dsc" "$out" || return 1
    fi
    for p in "$port_dir"/patches/*.patch; do
        [ -f "$p" ] || continue
        echo "ports: applying $(basename "$p")"
        patch -d "$out" -p1 --no-backup-if-mismatch <"$p" || return 1
    done
}
