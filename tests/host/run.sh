#!/usr/bin/env bash
# Host-side tests of the build machinery: the toolchain cache, stage
# progress and failure reports, and build.sh's handling of bad input; the
# host fuzzers' saved inputs; the desktop's file formats (formats/run.sh)
# and libpatchwork's drawing (draw/run.sh); the system calls' one list
# against what is generated from it (syscalls/run.sh); the kernel's layers
# (layers/run.sh).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/lib/tap.sh"
. "$root/toolchain/cache.sh"
. "$root/toolchain/progress.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fake "toolchain": its input is one file, its build counts its runs.
echo "version 1" >"$work/input"
fake_build() { # OUT
    echo run >>"$work/builds"
    mkdir -p "$1/bin"
    cp "$work/input" "$1/bin/tool"
}
builds() { [ -f "$work/builds" ] && wc -l <"$work/builds" || echo 0; }
cache="$work/cache"
fetch() { cache_fetch_or_build "$cache" "$(cache_key "$work/input")" "$work/dest" fake_build >"$work/fetch.log" 2>&1; }

check_key_stable() {
    local a b
    a=$(cache_key --text x "$work/input")
    b=$(cache_key --text x "$work/input")
    [ "$a" = "$b" ] || tap_fail "same inputs, different keys: $a $b"
    [ "$a" != "$(cache_key --text y "$work/input")" ] || tap_fail "changed text, same key"
}
tap_check cache-key-stable check_key_stable

check_miss_then_hit() {
    fetch || tap_fail "first fetch failed: $(cat "$work/fetch.log")"
    [ "$(builds)" -eq 1 ] || tap_fail "expected 1 build after a miss, got $(builds)"
    grep -q "miss" "$work/fetch.log" || tap_fail "no miss reported"
    rm -rf "$work/dest"
    fetch || tap_fail "second fetch failed"
    [ "$(builds)" -eq 1 ] || tap_fail "a hit rebuilt: $(builds) builds"
    grep -q "hit" "$work/fetch.log" || tap_fail "no hit reported"
    [ "$(cat "$work/dest/bin/tool")" = "version 1" ] || tap_fail "restored content differs"
}
tap_check cache-miss-then-hit check_miss_then_hit

check_changed_input() {
    echo "version 2" >"$work/input"
    fetch || tap_fail "fetch failed"
    [ "$(builds)" -eq 2 ] || tap_fail "changed input did not rebuild: $(builds) builds"
    [ "$(cat "$work/dest/bin/tool")" = "version 2" ] || tap_fail "stale content after input change"
}
tap_check cache-miss-on-changed-input check_changed_input

key_now() { cache_key "$work/input"; }

check_corrupt_archive() {
    local archive="$cache/$(key_now).tar.zst"
    [ -f "$archive" ] || tap_fail "no archive to corrupt"
    printf 'garbage' | dd of="$archive" bs=1 seek=100 conv=notrunc 2>/dev/null
    local before
    before=$(builds)
    fetch || tap_fail "fetch after corruption failed"
    grep -q "corrupt" "$work/fetch.log" || tap_fail "corruption not reported: $(cat "$work/fetch.log")"
    [ "$(builds)" -eq $((before + 1)) ] || tap_fail "corrupt entry was used instead of rebuilt"
    [ "$(cat "$work/dest/bin/tool")" = "version 2" ] || tap_fail "wrong content after rebuild"
}
tap_check cache-corrupt-archive-rebuilt check_corrupt_archive

check_missing_checksum() {
    rm -f "$cache/$(key_now).sha256"
    local before
    before=$(builds)
    fetch || tap_fail "fetch failed"
    grep -q "corrupt" "$work/fetch.log" || tap_fail "missing checksum not reported"
    [ "$(builds)" -eq $((before + 1)) ] || tap_fail "entry without checksum was used"
}
tap_check cache-missing-checksum-rebuilt check_missing_checksum

check_unpackable() {
    # A matching checksum over an archive that is not an archive.
    local k
    k=$(key_now)
    echo "not zstd" >"$cache/$k.tar.zst"
    sha256sum <"$cache/$k.tar.zst" | cut -d' ' -f1 >"$cache/$k.sha256"
    local before
    before=$(builds)
    fetch || tap_fail "fetch failed"
    grep -q "does not unpack" "$work/fetch.log" || tap_fail "bad archive not reported: $(cat "$work/fetch.log")"
    [ "$(builds)" -eq $((before + 1)) ] || tap_fail "bad archive was not rebuilt"
    [ "$(cat "$work/dest/bin/tool")" = "version 2" ] || tap_fail "wrong content after rebuild"
}
tap_check cache-unpackable-archive-rebuilt check_unpackable

check_failed_build_not_stored() {
    echo "version 3" >"$work/input"
    failing_build() { return 3; }
    if cache_fetch_or_build "$cache" "$(key_now)" "$work/dest" failing_build >/dev/null 2>&1; then
        tap_fail "a failing build reported success"
    fi
    [ ! -e "$cache/$(key_now).tar.zst" ] || tap_fail "a failed build was stored"
}
tap_check cache-failed-build-not-stored check_failed_build_not_stored

check_stage_failure_report() {
    progress_init test 1 "$work/logs"
    local err status=0
    err=$(progress_stage "demo: fail" 0 bash -c 'for i in $(seq 1 40); do echo line$i; done; exit 7' 2>&1 >/dev/null) || status=$?
    [ "$status" -eq 7 ] || tap_fail "stage status $status, expected 7"
    grep -q "demo: fail FAILED" <<<"$err" || tap_fail "failing stage not named"
    grep -q "line40" <<<"$err" || tap_fail "log tail missing"
    grep -q "full log: $work/logs/01-demo--fail.log" <<<"$err" || tap_fail "log path missing: $err"
}
tap_check progress-stage-failure-report check_stage_failure_report

check_stage_success() {
    progress_init test 1 "$work/logs2"
    local out
    out=$(progress_stage "demo: ok" 0 echo hello) || tap_fail "stage failed"
    grep -q "\[test 1/1\] demo: ok done" <<<"$out" || tap_fail "no step counter: $out"
    grep -q hello "$work/logs2/01-demo--ok.log" || tap_fail "output not logged"
}
tap_check progress-stage-success check_stage_success

# The progress figure is the stage's objects: counted under the current
# folder (only those made during the stage), and a percentage of the
# expected count from toolchain/objects.txt, held at 99% until the end.
check_stage_counts_objects() {
    local dir="$work/objects" out
    mkdir -p "$dir/sub"
    touch "$dir/old.o"
    sleep 1 # -newer compares whole seconds on some filesystems
    progress_init test 1 "$work/logs3"
    out=$(cd "$dir" && progress_stage "demo: objects" 10 bash -c 'touch a.o sub/b.o sub/c.o notes.txt' &&
        echo "objects=$PROGRESS_OBJECTS") || tap_fail "stage failed"
    grep -q "demo: objects done in 0m0[0-9]s, 3 objects" <<<"$out" || tap_fail "objects not counted: $out"
    grep -qx "objects=3" <<<"$out" || tap_fail "PROGRESS_OBJECTS not set: $out"
    [ "$(progress_figure 5 10)" = " 5/10 objects 50%" ] || tap_fail "half: '$(progress_figure 5 10)'"
    [ "$(progress_figure 12 10)" = " 12/10 objects 99%" ] || tap_fail "over the count: '$(progress_figure 12 10)'"
    [ "$(progress_figure 7 0)" = " 7 objects" ] || tap_fail "no expected count: '$(progress_figure 7 0)'"
    [ "$(progress_expected "$root/toolchain/objects.txt" binutils)" -gt 0 ] || tap_fail "no binutils count in toolchain/objects.txt"
    [ "$(progress_expected "$root/toolchain/objects.txt" nosuchstage)" = 0 ] || tap_fail "an unknown stage has a count"
}
tap_check progress-counts-objects check_stage_counts_objects

check_unknown_command() {
    local out status=0
    out=$("$root/build.sh" frobnicate 2>&1) || status=$?
    [ "$status" -eq 2 ] || tap_fail "exit status $status, expected 2"
    grep -q "unknown command 'frobnicate'" <<<"$out" || tap_fail "no error message"
    grep -q "^usage:" <<<"$out" || tap_fail "no usage"
}
tap_check build-sh-unknown-command check_unknown_command

check_no_command() {
    local status=0
    "$root/build.sh" >/dev/null 2>&1 || status=$?
    [ "$status" -eq 2 ] || tap_fail "exit status $status, expected 2"
}
tap_check build-sh-no-command check_no_command

check_help() {
    local out
    out=$("$root/build.sh" help) || tap_fail "help failed"
    for c in deps toolchain sysroot image run debug test bench port clean; do
        grep -q "^  $c" <<<"$out" || tap_fail "help does not mention $c"
    done
}
tap_check build-sh-help-lists-commands check_help

check_missing_tool() {
    local out status=0
    out=$(bash -c ". '$root/tools/lib.sh'; need_tool patchwork-no-such-tool some-debian-package" 2>&1) || status=$?
    [ "$status" -ne 0 ] || tap_fail "a missing tool passed"
    grep -q "'some-debian-package'" <<<"$out" || tap_fail "package not named: $out"
}
tap_check missing-tool-names-package check_missing_tool

check_deps_quiet() {
    local out
    out=$("$root/tools/deps.sh" 2>&1) || tap_fail "deps failed: $out"
    [ -z "$out" ] || tap_fail "deps not quiet when everything is installed: $out"
}
tap_check deps-quiet-when-installed check_deps_quiet

# Objects depend on their flags (Makefile, flags_stamp): built once into
# a scratch build folder, an object is up to date with the same flags and
# out of date once they change. Needs the cross compiler.
check_objects_follow_flags() {
    local b="$work/flags-build" obj
    obj="$b/user/libs/libstd/src/string/memchr.o"
    [ -x "$root/toolchain/local/bin/x86_64-patchwork-gcc" ] || { tap_fail "no cross compiler in toolchain/local"; return; }
    (
        export PATH="$root/toolchain/local/bin:$PATH"
        cd "$root" || exit 1
        make -s BUILD="$b" "$obj" >"$work/flags.log" 2>&1 || { echo "the object did not build"; exit 1; }
        make -q BUILD="$b" "$obj" || { echo "out of date right after building it"; exit 1; }
        if make -q BUILD="$b" "$obj" USER_CFLAGS="-std=gnu17 -O1 -Ilibs/libstd/include"; then
            echo "still up to date after its flags changed"
            exit 1
        fi
    ) >"$work/flags.out" 2>&1 || tap_fail "$(tail -n 3 "$work/flags.out" | tr '\n' ' ')"
}
tap_check objects-follow-flags check_objects_follow_flags

# An assembly object depends on the files it %includes (NASM's -MD alone
# leaves them out, see the Makefile): built into a scratch build folder,
# the syscall entry is up to date, and out of date once frame.inc is
# (make -W: as if it had just changed; the tree is not touched).
check_asm_objects_follow_includes() {
    local b="$work/asm-build" obj
    obj="$b/kernel/kernel/arch/x86_64/syscall_entry.o"
    [ -x "$root/toolchain/local/bin/x86_64-patchwork-gcc" ] || { tap_fail "no cross compiler in toolchain/local"; return; }
    (
        export PATH="$root/toolchain/local/bin:$PATH"
        cd "$root" || exit 1
        make -s BUILD="$b" "$obj" >"$work/asm.log" 2>&1 || { echo "the object did not build: $(tail -n 3 "$work/asm.log")"; exit 1; }
        make -q BUILD="$b" "$obj" || { echo "out of date right after building it"; exit 1; }
        if make -q BUILD="$b" -W kernel/arch/x86_64/frame.inc "$obj"; then
            echo "still up to date after the file it includes changed"
            exit 1
        fi
    ) >"$work/asm.out" 2>&1 || tap_fail "$(tail -n 3 "$work/asm.out" | tr '\n' ' ')"
}
tap_check asm-objects-follow-includes check_asm_objects_follow_includes

# The in-OS fuzzer's free-page verdict, built for the host: each reading
# before and after a campaign gets the verdict it should (lost pages and
# lost kernel objects fail; the supervisor's growth and spread slabs pass).
check_fuzz_pages_verdict() {
    local out
    gcc -std=gnu17 -Wall -Wextra -Werror -I"$root/programs/fuzz" -o "$work/pages_verdict_test" \
        "$root/tests/host/unit/pages_verdict_test.c" "$root/programs/fuzz/pages_verdict.c" ||
        { tap_fail "pages_verdict_test does not build"; return; }
    out=$("$work/pages_verdict_test") || tap_fail "$(grep WRONG <<<"$out" | tr '\n' ';')"
}
tap_check fuzz-pages-verdict check_fuzz_pages_verdict

# The QEMU machine is defined once (tools/machine.py): no other script
# spells the chipset or the firmware, and the definition's own checks hold.
check_qemu_machine_defined_once() {
    local others out
    others=$(cd "$root" && git grep -l -e '-machin[e].*q35' -e '"-machin[e]"' -e 'OVMF_COD[E]\.fd' -- \
        '*.sh' '*.py' '*.mk' Makefile build.sh | grep -vx 'tools/machine.py')
    [ -z "$others" ] || tap_fail "the machine is spelled out again in: $(tr '\n' ' ' <<<"$others")"
    out=$(python3 "$root/tools/machine.py" --profile bench --memory 2G --vars v.fd --disk d.img --headless) ||
        tap_fail "machine.py failed"
    grep -qx -- '-m' <<<"$out" && grep -qx '2048' <<<"$out" && grep -qx 'format=raw,file=d.img' <<<"$out" &&
        grep -qx 'q35' <<<"$out" || tap_fail "machine.py printed: $(tr '\n' ' ' <<<"$out")"
    [ "$(python3 "$root/tools/machine.py" --profile run --get memory)" = 512 ] || tap_fail "the run profile's memory"
    if python3 "$root/tools/machine.py" --memory 12X >/dev/null 2>&1 ||
        python3 "$root/tools/machine.py" --disk d.img >/dev/null 2>&1; then
        tap_fail "a bad size or a disk without firmware variables was accepted"
    fi
}
tap_check qemu-machine-defined-once check_qemu_machine_defined_once

# The host fuzzers' saved inputs (tests/fuzz/host/seeds and regressions),
# replayed with gcc, ASan and UBSan and a small driver instead of clang and
# libFuzzer: one line per harness; any crash or failed check fails it.
# The build is kept in build/fuzz-replay, so only the first run compiles.
fuzz_replay() {
    local out status harness target count
    status=0
    out=$(nice -n 10 make -s -C "$root" -f tests/fuzz/host/fuzz.mk MODE=replay OUT=build/fuzz-replay \
        -j"${JOBS:-$(nproc)}" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        tap_not_ok fuzz-host/replay-build "building the harnesses with gcc failed"
        printf '%s\n' "$out" | tail -n 20 | sed 's/^/#   /'
        return
    fi
    for harness in "$root"/tests/fuzz/host/fuzz_*.c; do
        target=${harness##*/fuzz_}
        target=${target%.c}
        status=0
        out=$("$root/build/fuzz-replay/fuzz_$target" "$root/tests/fuzz/host/seeds/$target" \
            "$root/tests/fuzz/host/regressions/$target" 2>&1) || status=$?
        count=$(sed -n 's/^replayed \([0-9]*\) inputs$/\1/p' <<<"$out")
        if [ "$status" -eq 0 ] && [ -n "$count" ]; then
            tap_ok "fuzz-host/$target-replays-$count-inputs"
        else
            tap_not_ok "fuzz-host/$target-replay" "an input crashed or failed a check (status $status)"
            printf '%s\n' "$out" | grep -v '^$' | tail -n 15 | sed 's/^/#   /'
        fi
    done
}
fuzz_replay

# The desktop's .grf and .fbmp decoders and converters (formats/run.sh).
"$root/tests/host/formats/run.sh"

# libpatchwork's drawing: surfaces, blending, clipping, text, damage
# (draw/run.sh).
"$root/tests/host/draw/run.sh"
# The window manager's protocol codec (proto/run.sh).
"$root/tests/host/proto/run.sh"
# The terminal emulator's model (terminal/run.sh).
"$root/tests/host/terminal/run.sh"
# The toolkit: configuration files, widgets, the calculator's engine
# (widgets/run.sh).
"$root/tests/host/widgets/run.sh"
# The desktop programs' pure parts: tetris's engine, the clock's face
# (games/run.sh).
"$root/tests/host/games/run.sh"
# The system calls' one list against <sys/syscall.h>, the kernel's handlers
# and table and libstd's wrappers (syscalls/run.sh).
"$root/tests/host/syscalls/run.sh"
# The kernel's layers: includes go down kernel/layers.txt, and only
# kernel/arch/ names an architecture (layers/run.sh).
"$root/tests/host/layers/run.sh"
