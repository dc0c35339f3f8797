# Run a benchmark inside the OS and print its BENCH lines (sourced).
#   kernel_bench GROUP [qemu_harness.py options...]   an in-kernel group
#                                                     (command line bench=GROUP)
#   user_bench NAME [qemu_harness.py options...]      the program
#                                                     home:/bench/NAME (ubench=NAME)
# The image is rebuilt if needed; a failed run prints the whole serial log.
boot_bench() { # CMDLINE [qemu_harness.py options...]
    local cmdline=$1 out status=0
    shift
    ./build.sh image >/dev/null
    out=$(mktemp)
    python3 tools/qemu_harness.py build/patchwork.img --cmdline "$cmdline" "$@" >"$out" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$out" >&2
        rm -f "$out"
        return 1
    fi
    sed -n 's/^# \(BENCH .*\)$/\1/p' "$out"
    rm -f "$out"
}

kernel_bench() {
    local group=$1
    shift
    boot_bench "bench=$group" "$@"
}

user_bench() {
    local name=$1
    shift
    boot_bench "ubench=$name" "$@"
}
