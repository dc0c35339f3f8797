#!/usr/bin/env bash
# The in-OS fuzzer (programs/fuzz, docs/fuzzing.md): a short campaign with
# a fixed seed, on 2 and on 4 CPUs. The image boots headless under QEMU
# (TCG) with "ufuzz=SECONDS,SEED"; the kernel runs home:/bin/fuzz and ends
# QEMU with its verdict: pass only when no process or thread hung, no
# promise the children check was broken, and every free page came back
# after the warm-up. A kernel panic ends the run with the panic's report.
# The campaign must also have done something: iterations and children.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/tap.sh"
image="$root/build/patchwork.img"
seconds=${FUZZ_TEST_SECONDS:-25}
seed=0x5eed

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$image" ]; then
    tap_not_ok image-exists "no $image (./build.sh image failed?)"
    exit 1
fi

check_usage_errors() {
    local out status=0
    out=$("$root/tools/fuzz_os.sh" ten 2>&1) || status=$?
    [ "$status" -eq 2 ] || tap_fail "'fuzz ten': exit status $status, expected 2"
    grep -q "^usage: ./build.sh fuzz" <<<"$out" || tap_fail "'fuzz ten' printed no usage: $out"
    status=0
    out=$("$root/tools/fuzz_os.sh" 10 0x5eed --cpus 2>&1) || status=$?
    [ "$status" -eq 2 ] || tap_fail "'--cpus' without a value: exit status $status, expected 2"
}
tap_check usage-errors check_usage_errors

for cpus in 2 4; do
    out="$work/out-$cpus"
    python3 "$root/tools/qemu_harness.py" "$image" --cmdline "ufuzz=$seconds,$seed" --cpus $cpus --memory 512 \
        --timeout $((seconds + 400)) --log "$work/serial-$cpus.log" >"$out"
    status=$?
    # The report and anything unusual, as diagnostics.
    grep -aE '^# (fuzz: (report|campaign|exits|fault|time in|orphans|hangs|checks|free|kernel heap|verdict|.*HANG|warm-up done)|BENCH|fuzz\[)' "$out" |
        head -n 60
    iterations=$(grep -aoE '[0-9]+ iterations in [0-9]+ children' "$work/serial-$cpus.log" | tail -n 1 | cut -d' ' -f1)
    if [ "$status" -eq 0 ] && [ "${iterations:-0}" -gt 0 ]; then
        tap_ok "campaign-passes-$cpus-cpus"
    else
        outcome=$(grep '^# outcome' "$out" | sed 's/^# //')
        verdict=$(grep -aoE 'fuzz: (verdict|hangs|checks failed|free pages).*' "$work/serial-$cpus.log" | tr '\n' ';')
        if grep -q '^# panic report:' "$out"; then
            echo "# the children running when the kernel panicked (replay with fuzz --child SEED ITERATIONS):"
            grep -aE '^# fuzz: (warm-up )?child [0-9]+ pid ' "$out" | tail -n 4
            grep -A 40 '^# panic report:' "$out" | head -n 40
        fi
        tap_not_ok "campaign-passes-$cpus-cpus" "${outcome:-no outcome}; ${verdict:-no report}${iterations:+ }${iterations:+iterations $iterations}"
    fi
done
