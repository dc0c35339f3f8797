#!/usr/bin/env bash
# The desktop's file formats on the host (part of the host suite, run by
# tests/host/run.sh): libpatchwork's .grf and .fbmp decoders, built with
# gcc, ASan and UBSan, against the fonts and images the build made and
# hand-made corrupt files (formats_test.c); then the converters'
# command-line and error paths (tools/ttf2grf, tools/png2fbmp).
set -uo pipefail
. "$(dirname "$0")/../suite.sh" # root, tap.sh, $work
out=build/host-tests
fonts=build/desktop/fonts
images=build/desktop/images
dejavu=/usr/share/fonts/truetype/dejavu
ttf2grf=build/host/ttf2grf
png2fbmp=build/host/png2fbmp

# What the tests read: the converters and their output, and the kernel's
# version 1 console font (host tools only; no cross compiler needed).
status=0
log=$(make -s host-tools $fonts/sans-14.grf $fonts/mono-14.grf $images/wallpaper.fbmp $images/disc.fbmp \
    build/kernel/console.grf 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok formats/build "making the converters, fonts and images failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
    exit 1
fi

mkdir -p "$out"
status=0
log=$(gcc -std=c17 -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
    -fno-omit-frame-pointer -Ilibs/libpatchwork/include tests/host/formats/formats_test.c \
    libs/libpatchwork/src/*.c -o "$out/formats_test" 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    tap_not_ok formats/decoders-build "compiling formats_test.c with the decoders failed"
    printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
else
    # "ok N - name" becomes "ok - host/formats/name"; a crash (an ASan
    # report) after the last line still fails.
    status=0
    "$out/formats_test" $fonts/sans-14.grf $fonts/mono-14.grf build/kernel/console.grf \
        $images/wallpaper.fbmp $images/disc.fbmp >"$work/decoders.out" 2>&1 || status=$?
    sed -nE "s/^(not )?ok [0-9]+ - (.*)$/\\1ok - $TAP_SUITE\\/formats\\/\\2/p" "$work/decoders.out"
    grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/decoders.out" | sed 's/^#*/#/' | head -n 40
    if [ "$status" -ne 0 ]; then
        tap_not_ok formats/decoders-exit "formats_test exited with status $status"
    fi
fi

# Run a converter: "status" and "said" (its stderr) for the checks.
run() {
    status=0
    said=$("$@" 2>&1 >/dev/null) || status=$?
}
expect_failure() { # STATUS PATTERN WHAT
    [ "$status" -eq "$1" ] || tap_fail "$3: exit status $status, expected $1 (said: $said)"
    grep -qE -- "$2" <<<"$said" || tap_fail "$3: the message does not match '$2': $said"
}

check_ttf2grf_usage() {
    run "$ttf2grf"
    expect_failure 2 '^usage: ' "no arguments"
    run "$ttf2grf" $dejavu/DejaVuSans.ttf 14
    expect_failure 2 '^usage: ' "two arguments"
    run "$ttf2grf" -x $dejavu/DejaVuSans.ttf 14 "$work/x.grf"
    expect_failure 2 "unknown option '-x'" "an unknown option"
    run "$ttf2grf" -r
    expect_failure 2 "option -r needs a list" "-r without its value"
    for size in abc 0 3 257 14px -14 ""; do
        run "$ttf2grf" $dejavu/DejaVuSans.ttf "$size" "$work/x.grf"
        expect_failure 2 "bad size '$size'" "size '$size'"
    done
    [ ! -e "$work/x.grf" ] || tap_fail "a refused command line left an output file"
}
tap_check formats/ttf2grf-usage-and-bad-size check_ttf2grf_usage

check_ttf2grf_bad_input() {
    run "$ttf2grf" "$work/no-such.ttf" 14 "$work/x.grf"
    expect_failure 1 "no-such.ttf: No such file or directory" "a missing font"
    run "$ttf2grf" tools/ttf2grf.c 14 "$work/x.grf"
    expect_failure 1 "tools/ttf2grf.c: not a font" "a C file as the font"
    head -c 2000 $dejavu/DejaVuSans.ttf >"$work/cut.ttf"
    run "$ttf2grf" "$work/cut.ttf" 14 "$work/x.grf"
    expect_failure 1 "cut.ttf: " "a truncated font"
    run "$ttf2grf" -r 0x4e00-0x4e10 $dejavu/DejaVuSans.ttf 14 "$work/x.grf"
    expect_failure 1 "has none of the code points" "code points the font lacks"
    for ranges in "0x41-" "0x42-0x41" "0x110000" "a,b" "0x41;0x42"; do
        run "$ttf2grf" -r "$ranges" $dejavu/DejaVuSans.ttf 14 "$work/x.grf"
        expect_failure 1 "bad code point range" "ranges '$ranges'"
    done
    [ ! -e "$work/x.grf" ] || tap_fail "a failed conversion left an output file"
    run "$ttf2grf" $dejavu/DejaVuSans.ttf 14 "$work/no-such-dir/x.grf"
    expect_failure 1 "no-such-dir/x.grf: No such file or directory" "an output folder that does not exist"
}
tap_check formats/ttf2grf-bad-input-rejected check_ttf2grf_bad_input

check_ttf2grf_output() {
    local said_v
    "$ttf2grf" -r 0x41-0x43,0x56 $dejavu/DejaVuSans.ttf 14 "$work/a.grf" || tap_fail "a small font failed"
    said_v=$("$ttf2grf" -v -r 0x41-0x43,0x56 $dejavu/DejaVuSans.ttf 14 "$work/b.grf") || tap_fail "-v failed"
    cmp -s "$work/a.grf" "$work/b.grf" || tap_fail "two conversions of the same font differ"
    grep -q "4 glyphs in 2 ranges" <<<"$said_v" || tap_fail "-v did not report 4 glyphs in 2 ranges: $said_v"
    [ "$(head -c 4 "$work/a.grf")" = GRF2 ] || tap_fail "the output does not start with GRF2"
    # The header's counts: 2 ranges, 4 glyphs; the length follows from them.
    local counts
    counts=$(od -An -tu4 -j16 -N16 "$work/a.grf" | xargs)
    set -- $counts
    [ "$1" -eq 2 ] && [ "$2" -eq 4 ] || tap_fail "header counts $counts, expected 2 ranges and 4 glyphs"
    [ "$(stat -c %s "$work/a.grf")" -eq $((40 + 12 * $1 + 16 * $2 + 12 * $3 + $4)) ] ||
        tap_fail "the length is not what the counts say"
    [ "$3" -ge 2 ] || tap_fail "no kerning pairs among A, B, C, V: $3"
}
tap_check formats/ttf2grf-small-font-deterministic check_ttf2grf_output

check_png2fbmp() {
    run "$png2fbmp"
    expect_failure 2 '^usage: ' "no arguments"
    run "$png2fbmp" a b c
    expect_failure 2 '^usage: ' "three arguments"
    run "$png2fbmp" "$work/no-such.png" "$work/x.fbmp"
    expect_failure 1 "no-such.png: No such file or directory" "a missing PNG"
    run "$png2fbmp" tools/png2fbmp.c "$work/x.fbmp"
    expect_failure 1 "not a PNG" "a C file as the PNG"
    head -c 200 build/desktop/png/wallpaper.png >"$work/cut.png"
    run "$png2fbmp" "$work/cut.png" "$work/x.fbmp"
    expect_failure 1 "cut.png: " "a truncated PNG"
    [ ! -e "$work/x.fbmp" ] || tap_fail "a failed conversion left an output file"
    run "$png2fbmp" build/desktop/png/disc.png "$work/no-such-dir/x.fbmp"
    expect_failure 1 "No such file or directory" "an output folder that does not exist"
    # A PNG wider than an .fbmp may be, 16385 x 1: refused from its
    # header, before any pixel is decoded (so a header alone will do).
    python3 -c '
import struct, sys, zlib
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16385, 1, 8, 6, 0, 0, 0))
                       + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))' >"$work/huge.png" || tap_fail "writing huge.png failed"
    run "$png2fbmp" "$work/huge.png" "$work/huge.fbmp"
    expect_failure 1 "16385x1 is larger than an .fbmp may be" "a 16385x1 PNG"
    [ ! -e "$work/huge.fbmp" ] || tap_fail "a refused PNG left an output file"
    # And one just inside a side's limit is fine.
    python3 tools/mkpng.py wallpaper 4096 1 "$work/wide.png" || tap_fail "mkpng failed"
    run "$png2fbmp" "$work/wide.png" "$work/wide.fbmp"
    [ "$status" -eq 0 ] || tap_fail "a 4096x1 PNG was refused: $said"
    [ "$(stat -c %s "$work/wide.fbmp")" -eq $((16 + 4096 * 4)) ] || tap_fail "4096x1 image of the wrong length"
}
tap_check formats/png2fbmp-usage-and-bad-input check_png2fbmp
