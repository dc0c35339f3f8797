#!/usr/bin/env bash
# PatchworkOS build front end. Run "./build.sh help" for the commands.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
export PATH="$root/toolchain/local/bin:$PATH"
. tools/lib.sh

usage() {
    cat <<'USAGE'
usage: ./build.sh COMMAND [ARGS]

  deps              install the host packages that are missing (apt-get);
                    every command below runs this first, quietly
  toolchain         get the x86_64-patchwork cross toolchain into
                    toolchain/local: from the cache when its inputs are
                    unchanged, otherwise build it (about 25 minutes on
                    2 cores)
  sysroot           install libstd's headers, C runtime objects and library
                    into sysroot/ (needs the toolchain)
  image             build the bootable disk image, build/patchwork.img
                    (UEFI bootloader, kernel, boot config, root/ files)
  run [OPTIONS]     build the ports and the image and boot it in QEMU: a
                    window where a display exists, else the serial console
                    on this terminal; --headless forces the terminal,
                    --memory SIZE (default 512M) and --cpus N (default 2)
                    size the machine, --no-ports leaves the ports out
                    (Doom, Lua, bc, ...: built once, then from the cache)
  debug [OPTIONS]   like run, but paused with QEMU's gdb stub on :1234 and
                    gdb started with the kernel's symbols (tools/gdbinit)
  test [SUITE...]   run the tests (all, or the named suites); the last line
                    is "N passed, N failed", the exit status non-zero on any
                    failure
  bench [NAME]      run the benchmarks (all, or one group) and print
                    "BENCH name value unit" lines
  fuzz [SECONDS] [SEED] [--cpus N] [--memory MIB] [-x FAMILIES]
                    build the image and run the in-OS fuzzer under QEMU:
                    children started for SECONDS (default 60) from the
                    master SEED (default 0x5eed) on N CPUs (default 2),
                    then its report (docs/fuzzing.md); -x leaves families
                    of operations out
  fuzz host [ARGS]  fuzz the kernel's and libstd's parsers on the host
  port NAME...      build third-party ports (ports/NAME) and their
                    dependencies: libraries into sysroot/, programs into
                    the image's home:/usr (ports/README.md); --all builds
                    every port, --list shows each with its version and
                    state (built, cached, not built)
  clean [--all]     remove build output; --all also removes the toolchain
                    from this checkout (the cache keeps it)
  help              this text

Environment: PATCHWORK_CACHE moves the toolchain and ports cache
(default ~/.cache/patchworkos); JOBS sets build parallelism.
USAGE
}

deps() { tools/deps.sh; }

toolchain() {
    deps
    need_tool gcc build-essential
    need_tool zstd zstd
    toolchain/toolchain.sh
    toolchain/crossfiles.sh # config.sub, pkg-config, CMake, meson files
    toolchain/gcc_limits.sh # GCC's limits.h goes on to libstd's (MB_LEN_MAX)
}

sysroot() {
    toolchain
    need_tool nasm nasm
    make -s -j"${JOBS:-$(nproc)}" sysroot
}

# What a person runs has the ports too (Doom in the start menu, Lua and bc
# at the shell): built once, then restored from the cache in seconds. A
# port that cannot be built (no network for its sources, say) is reported,
# and the OS runs with the ports that were.
run_ports() {
    sysroot
    ports/port.sh --all || echo "run: not every port could be built (see above); the image has the ones that were" >&2
}

image() {
    toolchain
    need_tool nasm nasm
    need_tool mformat mtools
    need_tool python3 python3
    make -s -j"${JOBS:-$(nproc)}" image
    echo "image: build/patchwork.img"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) deps ;;
    toolchain) toolchain ;;
    sysroot) sysroot ;;
    image) image ;;
    run | debug)
        args=()
        with_ports=1
        for a in "$@"; do
            if [ "$a" = --no-ports ]; then with_ports=0; else args+=("$a"); fi
        done
        [ "$with_ports" = 0 ] || run_ports
        image
        need_tool qemu-system-x86_64 qemu-system-x86
        [ "$cmd" = run ] || args+=(--debug)
        exec tools/run.sh build/patchwork.img "${args[@]}"
        ;;
    port)
        case ${1:-} in
            --list|--check) toolchain ;;
            *) sysroot ;;
        esac
        exec ports/port.sh "$@"
        ;;
    test) deps; exec tests/run.sh "$@" ;;
    bench) deps; exec bench/run.sh "$@" ;;
    fuzz)
        if [ "${1:-}" = host ]; then
            shift
            tools/deps.sh fuzz-host # clang and libFuzzer, only for this
            exec tools/fuzz_host.sh "$@"
        fi
        deps
        need_tool qemu-system-x86_64 qemu-system-x86
        exec tools/fuzz_os.sh "$@"
        ;;
    clean)
        make -s clean
        if [ "${1:-}" = --all ]; then rm -rf toolchain/local; fi
        ;;
    help|-h|--help) usage ;;
    "") usage >&2; exit 2 ;;
    *) echo "build.sh: unknown command '$cmd'" >&2; usage >&2; exit 2 ;;
esac
