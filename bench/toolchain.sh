#!/usr/bin/env bash
# Toolchain build time, wall clock, as a newcomer meets it: a copy of this
# checkout's sources runs toolchain/toolchain.sh.
#   warm: the per-user cache already holds the toolchain (a second clone);
#   cold: an empty cache, so binutils and GCC are built from source
#         (about 13 minutes on 2 cores; skip it with BENCH_TOOLCHAIN_COLD=0).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copy_sources() { # DEST
    mkdir -p "$1"
    (cd "$root" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -C "$1" -xf -
}

seconds() { # COMMAND... -> elapsed wall-clock seconds, one decimal
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.1f", $2 - $1 }'
}

# Make sure the cache is warm first (a no-op when this checkout is built).
"$root/toolchain/toolchain.sh" >/dev/null

copy_sources "$work/warm"
echo "BENCH toolchain_warm_install $(seconds "$work/warm/toolchain/toolchain.sh") s"

if [ "${BENCH_TOOLCHAIN_COLD:-1}" != 0 ]; then
    copy_sources "$work/cold"
    echo "BENCH toolchain_cold_build $(PATCHWORK_CACHE="$work/cache" seconds "$work/cold/toolchain/toolchain.sh") s"
fi
