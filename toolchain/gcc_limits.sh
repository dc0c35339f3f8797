#!/usr/bin/env bash
# Make GCC's limits.h hand over to the C library's, as GCC does when it is
# built against a libc that has a limits.h. The toolchain was built
# before libstd had one, so GCC installed glimits.h alone, whose
# MB_LEN_MAX is 1 while libstd's MB_CUR_MAX is 4 (C17 requires
# MB_LEN_MAX >= MB_CUR_MAX). The installed header becomes what GCC's own
# build writes in that case: limitx.h, glimits.h and limity.h from the
# pinned GCC source, one after the other (limitx.h includes syslimits.h,
# which goes on to libstd's limits.h with #include_next).
# A step after the toolchain is installed, like crossfiles.sh: not part of
# the cache key, so it never rebuilds GCC. A stamp makes a rerun a no-op.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/sources.sh"
dest="$root/toolchain/local"
fixed="$dest/lib/gcc/$TOOLCHAIN_TARGET/$GCC_VERSION/include-fixed"
[ -d "$fixed" ] || { echo "gcc_limits: no $fixed (no toolchain?)" >&2; exit 1; }

stamp=$( (cat "$here/gcc_limits.sh"; echo "$GCC_SHA256") | sha256sum | cut -c1-24)
[ "$(cat "$fixed/.limits-stamp" 2>/dev/null)" = "$stamp" ] && exit 0

sources_verify "$GCC_TARBALL" "$GCC_SHA256" gcc-12-source
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$GCC_TARBALL" -C "$tmp" --wildcards '*/gcc/limitx.h' '*/gcc/glimits.h' '*/gcc/limity.h'
src=$(dirname "$(find "$tmp" -name glimits.h)")
cat "$src/limitx.h" "$src/glimits.h" "$src/limity.h" >"$tmp/limits.h"
grep -q '#include "syslimits.h"' "$tmp/limits.h" || { echo "gcc_limits: limitx.h does not chain to syslimits.h" >&2; exit 1; }
install -m 644 "$tmp/limits.h" "$fixed/limits.h"
echo "$stamp" >"$fixed/.limits-stamp"
echo "gcc_limits: GCC's limits.h now includes libstd's (MB_LEN_MAX from libstd)"
