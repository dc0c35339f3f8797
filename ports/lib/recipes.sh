# shellcheck shell=bash
# Loading and checking recipes, and their cache keys (sourced by
# ports/port.sh).
#
#   port_names          every port in $ports_dir
#   recipe_load NAME    source NAME's recipe into this shell and check it
#   port_key NAME       the cache key of NAME's result
#   libstd_hash         hash of the libstd installed in the sysroot
#   libpatchwork_hash   hash of the libpatchwork installed in the sysroot

port_names() {
    local r
    for r in "$ports_dir"/*/recipe.sh; do
        [ -f "$r" ] && basename "$(dirname "$r")"
    done
}

recipe_fail() { echo "ports: $port_dir/recipe.sh: $*" >&2; return 1; }

recipe_load() { # NAME; call it in a subshell: it defines variables
    port_dir="$ports_dir/$1"
    [ -f "$port_dir/recipe.sh" ] || { echo "ports: no port '$1' (ports: $(port_names | xargs))" >&2; return 1; }
    name="" version="" debian_package="" debian_version="" uses_libpatchwork=""
    sources=() depends=() needs_headers=()
    . "$port_dir/recipe.sh" || recipe_fail "does not load" || return 1
    [ "$name" = "$1" ] || recipe_fail "name is '$name', its folder '$1'" || return 1
    local v p
    for v in version debian_package debian_version; do
        [ -n "${!v}" ] || recipe_fail "$v is not set" || return 1
    done
    [ ${#sources[@]} -gt 0 ] || recipe_fail "sources lists no files" || return 1
    for v in "${sources[@]}"; do
        [[ $v =~ ^[^[:space:]/]+\ [0-9a-f]{64}$ ]] || recipe_fail "source '$v' is not 'FILE SHA256'" || return 1
    done
    # Either a source package (its .dsc and tarballs) or binary packages
    # (.deb files only, lib/sources.sh), never both.
    v=$(printf '%s\n' "${sources[@]}" | grep -c '\.deb ' || true)
    [ "$v" -eq 0 ] || [ "$v" -eq ${#sources[@]} ] || recipe_fail "sources mix .deb files with a source package" || return 1
    for v in port_configure port_build port_install; do
        declare -F "$v" >/dev/null || recipe_fail "$v is not defined" || return 1
    done
    # A patch starts with the sentence that says why it exists.
    for p in "$port_dir"/patches/*; do
        [ -e "$p" ] || continue
        [[ $(basename "$p") =~ ^[0-9]{4}-.+\.patch$ ]] || recipe_fail "patch $(basename "$p") is not named NNNN-what.patch" || return 1
        v=$(head -n 1 "$p")
        [ -n "$v" ] && [[ ! $v =~ ^(---|diff|\+\+\+) ]] ||
            recipe_fail "patch $(basename "$p") does not begin with why it exists" || return 1
    done
}

libstd_hash() {
    local f
    {
        for f in libstd.a libm.a crt0.o crti.o crtn.o; do
            printf '%s %s\n' "$f" "$(sha256sum <"$sysroot/usr/lib/$f" 2>/dev/null | cut -d' ' -f1)"
        done
        # libstd's own headers as installed (ports add headers there too);
        # one sha256sum for them all, a missing one named in its output.
        (cd "$root/libs/libstd/include" && find . -name '*.h' | LC_ALL=C sort) |
            (cd "$sysroot/usr/include" 2>/dev/null && xargs -r sha256sum 2>&1)
    } | sha256sum | cut -c1-24
}

# libpatchwork as installed by "make sysroot" (libpatchwork.mk): the
# library, its headers and its .pc, for ports that link with it.
libpatchwork_hash() {
    (cd "$sysroot/usr" 2>/dev/null &&
        { echo lib/libpatchwork.a; echo lib/pkgconfig/libpatchwork.pc; find include/patchwork -name '*.h' | LC_ALL=C sort; } |
        xargs -r sha256sum 2>&1) | sha256sum | cut -c1-24
}

# Files are named relative to the checkout, so a fresh clone elsewhere
# (another folder, CI) gets the same key and reuses the cached result.
port_key() { # NAME
    (
        recipe_load "$1" || exit 1
        cd "$root" || exit 1
        local d args=() deps=()
        for d in "${depends[@]}"; do deps+=(--text "depends $d $(port_key "$d")") || exit 1; done
        [ -n "$uses_libpatchwork" ] && args+=(--text "libpatchwork $(libpatchwork_hash)")
        # Every file of the port's folder: patches, and sources or
        # configuration of our own that the recipe copies into the tree.
        while read -r d; do args+=("${d#"$root"/}"); done < <(find "$port_dir" -type f ! -name recipe.sh | LC_ALL=C sort)
        # The cross files' inputs, not their stamp, which names the
        # toolchain's folder (crossfiles.sh).
        for d in "$here"/port.sh "$here"/lib/*.sh "$root"/toolchain/crossfiles.sh "$root"/toolchain/cross/*.* \
            "$root"/toolchain/cross/Platform/* "$root"/patches/binutils/0001-config.sub-recognise-patchwork.patch; do
            [ -f "$d" ] && args+=("${d#"$root"/}")
        done
        cache_key --text "port $name" --text "target $TOOLCHAIN_TARGET" \
            --text "toolchain $(cat "$root/toolchain/local/.key" 2>/dev/null)" \
            --text "libstd $libstd_key" "${deps[@]}" "${port_dir#"$root"/}/recipe.sh" "${args[@]}"
    )
}
