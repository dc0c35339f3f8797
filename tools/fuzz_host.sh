#!/usr/bin/env bash
# Host-side fuzzing of the project's parsers with libFuzzer (docs/fuzzing.md,
# "Host fuzzing"): build the harnesses of tests/fuzz/host with clang, ASan
# and UBSan into build/fuzz-host/, then run each for SECONDS.
#
# usage: tools/fuzz_host.sh [SECONDS] [TARGET...]   (./build.sh fuzz host ...)
#   SECONDS  per target (default 60)
#   TARGET   some of: ctl elf ldisc path printf scanf shell strtod grf fbmp draw proto
#            (default all)
#
# Corpora live outside the checkout, in
# ${XDG_CACHE_HOME:-~/.cache}/patchworkos/fuzz-host/TARGET/corpus, and grow
# from run to run; tests/fuzz/host/seeds/TARGET and regressions/TARGET are
# read too. Crashes go to .../TARGET/crashes/. Per target it prints
#   BENCH fuzz_host_TARGET_execs_per_s N execs/s
#   BENCH fuzz_host_TARGET_coverage N edges
# and the exit status is 1 if any target crashed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

all_targets=(ctl elf ldisc path printf scanf shell strtod grf fbmp draw proto)

usage() {
    echo "usage: ./build.sh fuzz host [SECONDS] [TARGET...]" >&2
    echo "  SECONDS  how long to fuzz each target (default 60)" >&2
    echo "  TARGET   one or more of: ${all_targets[*]} (default: all)" >&2
    exit 2
}

seconds=60
targets=()
for arg in "$@"; do
    case $arg in
        -h | --help) usage ;;
        -*) echo "fuzz host: unknown option '$arg'" >&2; usage ;;
        *[!0-9]*)
            [[ " ${all_targets[*]} " == *" $arg "* ]] || { echo "fuzz host: unknown target '$arg'" >&2; usage; }
            targets+=("$arg")
            ;;
        *)
            [ ${#targets[@]} -eq 0 ] && [ "$arg" -ge 1 ] ||
                { echo "fuzz host: SECONDS must be a positive number, before the targets" >&2; usage; }
            seconds=$arg
            ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# clang and its libFuzzer runtime, which Debian packages apart.
if ! command -v clang >/dev/null 2>&1; then
    echo "fuzz host: 'clang' not found; it is in the Debian package 'clang' (tools/deps.sh fuzz-host installs it)" >&2
    exit 1
fi
runtime=$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)
if [ ! -f "$runtime" ]; then
    version=$(clang -dumpversion | cut -d. -f1)
    echo "fuzz host: clang has no libFuzzer ($runtime); it is in the Debian package 'libclang-rt-$version-dev'" \
        "(tools/deps.sh fuzz-host installs it)" >&2
    exit 1
fi

out=build/fuzz-host
mkdir -p "$out"
echo "fuzz host: building ${targets[*]}"
if ! nice -n 10 make -s -f tests/fuzz/host/fuzz.mk MODE=fuzz OUT="$out" TARGETS="${targets[*]}" \
    -j"${JOBS:-$(nproc)}" >"$out/build.log" 2>&1; then
    tail -n 30 "$out/build.log" >&2
    echo "fuzz host: the build failed (full log: $out/build.log)" >&2
    exit 1
fi

cache=${XDG_CACHE_HOME:-$HOME/.cache}/patchworkos/fuzz-host
crashed=()
summary=()
for target in "${targets[@]}"; do
    dir=$cache/$target
    mkdir -p "$dir/corpus" "$dir/crashes"
    log=$dir/last.log
    before=$(find "$dir/crashes" -type f | wc -l)
    echo "fuzz host: $target: fuzzing for $seconds s ($(find "$dir/corpus" -type f | wc -l) inputs in the corpus)"
    # New inputs go to the first directory only: the cache's corpus. A
    # unit slower than 10 s is reported as a crash (a hang).
    inputs=("$dir/corpus")
    for extra in seeds regressions; do
        [ ! -d "tests/fuzz/host/$extra/$target" ] || inputs+=("tests/fuzz/host/$extra/$target")
    done
    status=0
    nice -n 10 "$out/fuzz_$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$dir/crashes/" "${inputs[@]}" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::average_exec_per_sec: *\([0-9]*\).*/\1/p' "$log" | tail -n 1 || true)
    coverage=$({ grep -ao 'cov: [0-9]*' "$log" || true; } | tail -n 1 | cut -d' ' -f2)
    echo "BENCH fuzz_host_${target}_execs_per_s ${execs:-0} execs/s"
    echo "BENCH fuzz_host_${target}_coverage ${coverage:-0} edges"
    artifact=$({ grep -ao "Test unit written to .*" "$log" || true; } | tail -n 1 | sed 's/^Test unit written to //')
    if [ "$status" -ne 0 ] || [ "$(find "$dir/crashes" -type f | wc -l)" -gt "$before" ]; then
        crashed+=("$target")
        grep -a -m 3 "^fuzz: \|ERROR: \|runtime error" "$log" | sed "s/^/fuzz host: $target: /" >&2 || true
        echo "fuzz host: $target: CRASHED (status $status); log: $log" >&2
        [ -z "$artifact" ] || echo "fuzz host: $target: replay with: $out/fuzz_$target $artifact" >&2
        summary+=("$target: CRASHED")
    else
        echo "fuzz host: $target: done, ${execs:-0} execs/s, ${coverage:-0} edges," \
            "$(find "$dir/corpus" -type f | wc -l) inputs in the corpus"
        summary+=("$target: ok")
    fi
done

echo "fuzz host: summary (${seconds} s per target): ${summary[*]/%/;}"
if [ ${#crashed[@]} -gt 0 ]; then
    echo "fuzz host: crashed: ${crashed[*]}; crashes are kept in $cache/TARGET/crashes/" >&2
    exit 1
fi
