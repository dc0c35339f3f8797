# Run an in-kernel benchmark group and print its BENCH lines (sourced).
#   kernel_bench GROUP [qemu_harness.py options...]
# The image is rebuilt if needed; a failed run prints the whole serial log.
kernel_bench() {
    local group=$1 out status=0
    shift
    ./build.sh image >/dev/null
    out=$(mktemp)
    python3 tools/qemu_harness.py build/patchwork.img --cmdline "bench=$group" "$@" >"$out" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$out" >&2
        rm -f "$out"
        return 1
    fi
    sed -n 's/^# \(BENCH .*\)$/\1/p' "$out"
    rm -f "$out"
}
