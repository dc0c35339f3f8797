#!/usr/bin/env bash
# libstd benchmarks, measured by a user program (bench/user/libstd.c, run
# as home:/bench/libstd): malloc+free of small blocks, memcpy and strlen
# throughput on large buffers, snprintf of a mixed line; then the time
# from the kernel's entry to the shell's first prompt. QEMU: TCG, q35,
# 256 MiB, 2 CPUs. Last, on the host: the size in bytes of a hello world
# (bench/hello.c) linked statically against the sysroot with the cross
# compiler, as linked and once stripped. The POSIX layer's costs
# (bench/user/posix.c: posix_spawn+waitpid, open+close, stat, readdir per
# entry) run in the same QEMU settings.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench libstd --cpus 2 --timeout 600
user_bench posix --cpus 2 --timeout 600
# Boot to the shell prompt: the ordinary boot (no command line: init
# starts the shell) until the shell first reads the console, which the
# kernel logs (at debug level) with its uptime since the kernel's entry.
boot_to_prompt() {
    local out
    out=$(mktemp)
    if ! python3 tools/qemu_harness.py build/patchwork.img --cmdline "log=debug" --cpus 2 --timeout 300 \
        --stop-on "console: first read at" --expect stopped >"$out"; then
        cat "$out" >&2
        rm -f "$out"
        return 1
    fi
    sed -n 's/.*console: first read at \([0-9]*\) ms.*/BENCH boot_to_shell_prompt_ms \1 ms/p' "$out" | head -n1
    rm -f "$out"
}
boot_to_prompt
# A static hello world's size, as linked and stripped (the sysroot is
# installed by the image build above).
hello_size() {
    local work
    work=$(mktemp -d)
    PATH="$root/toolchain/local/bin:$PATH" x86_64-patchwork-gcc -O2 -o "$work/hello" bench/hello.c
    PATH="$root/toolchain/local/bin:$PATH" x86_64-patchwork-strip -o "$work/hello.stripped" "$work/hello"
    echo "BENCH hello_static_bytes $(stat -c %s "$work/hello") bytes"
    echo "BENCH hello_static_stripped_bytes $(stat -c %s "$work/hello.stripped") bytes"
    rm -rf "$work"
}
hello_size
