# A content-addressed cache of build results (sourced).
#
# An entry is a directory tree saved as DIR/KEY.tar.zst next to
# DIR/KEY.sha256, the archive's checksum. The key is a hash of everything
# that went into the result, so a changed input is simply a different key
# (a miss). An entry whose checksum does not match, whose checksum file is
# missing, or which does not unpack, is corrupt: it is deleted, reported and
# treated as a miss, never used.
#
#   cache_key [--text STRING | FILE]...       print the key of these inputs
#   cache_restore DIR KEY DEST                unpack a hit into DEST (0), or miss (1)
#   cache_store DIR KEY SRC                   save the tree SRC under KEY
#   cache_fetch_or_build DIR KEY DEST CMD...  restore, or run "CMD... OUT",
#                                             store OUT and restore it into DEST

cache_key() {
    local arg
    while [ $# -gt 0 ]; do
        arg=$1
        shift
        if [ "$arg" = --text ]; then
            printf 'text %s\n' "$1"
            shift
        else
            printf 'file %s %s\n' "$arg" "$(sha256sum <"$arg" | cut -d' ' -f1)"
        fi
    done | sha256sum | cut -c1-24
}

cache_discard() { # DIR KEY REASON
    echo "cache: entry $2 is corrupt ($3); discarding it" >&2
    rm -f "$1/$2.tar.zst" "$1/$2.sha256"
}

cache_restore() {
    local dir=$1 key=$2 dest=$3
    local archive="$dir/$key.tar.zst" sum="$dir/$key.sha256"
    if [ ! -e "$archive" ] && [ ! -e "$sum" ]; then
        return 1
    fi
    if [ ! -f "$archive" ] || [ ! -f "$sum" ]; then
        cache_discard "$dir" "$key" "archive or checksum missing"
        return 1
    fi
    if [ "$(sha256sum <"$archive" | cut -d' ' -f1)" != "$(cat "$sum")" ]; then
        cache_discard "$dir" "$key" "checksum mismatch"
        return 1
    fi
    rm -rf "$dest.unpack"
    mkdir -p "$dest.unpack"
    if ! zstd -q -d -c "$archive" | tar -C "$dest.unpack" -xf -; then
        rm -rf "$dest.unpack"
        cache_discard "$dir" "$key" "archive does not unpack"
        return 1
    fi
    rm -rf "$dest"
    mv "$dest.unpack" "$dest"
}

cache_store() {
    local dir=$1 key=$2 src=$3 tmp
    mkdir -p "$dir"
    tmp=$(mktemp "$dir/.$key.XXXXXX")
    tar -C "$src" -cf - . | zstd -q -T0 -f -o "$tmp" || { rm -f "$tmp"; return 1; }
    # Checksum first, archive last: a reader that sees the archive under its
    # final name also sees its checksum.
    sha256sum <"$tmp" | cut -d' ' -f1 >"$tmp.sum"
    mv "$tmp.sum" "$dir/$key.sha256"
    mv "$tmp" "$dir/$key.tar.zst"
}

cache_fetch_or_build() {
    local dir=$1 key=$2 dest=$3 out
    shift 3
    if cache_restore "$dir" "$key" "$dest"; then
        echo "cache: hit $key"
        return 0
    fi
    echo "cache: miss $key, building"
    out="$dir/.build-$key"
    rm -rf "$out"
    "$@" "$out" || return 1
    cache_store "$dir" "$key" "$out" || return 1
    rm -rf "$out"
    cache_restore "$dir" "$key" "$dest"
}
