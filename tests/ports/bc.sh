# shellcheck shell=bash
# The bc port from its real recipe (sourced by tests/ports/run.sh): it
# builds (from the cache when warm), is installed for the image, and in
# the OS it computes: a 61-digit power, pi to 50 places with -l's
# arctangent, a recursive function read from a script file followed by
# stdin through a pipe, and a syntax error reported on stderr. The
# output is compared line for line with what bc 1.07.1 prints.

bc_status=0
"$root/ports/port.sh" bc >"$work/bc.out" 2>&1 || bc_status=$?
sed 's/^/# /' "$work/bc.out"
if [ "$bc_status" -eq 0 ]; then
    tap_ok bc-builds
else
    tap_not_ok bc-builds "ports/port.sh bc exited with $bc_status"
fi

check_bc_listed() {
    grep -qE '^bc +1\.07\.1 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "--list: $("$root/ports/port.sh" --list)"
    [ -f "$root/build/ports/root/usr/bin/bc" ] || tap_fail "bc installed no usr/bin/bc"
    grep -q 'X86-64' <<<"$("$TOOLCHAIN_TARGET-readelf" -h "$root/build/ports/root/usr/bin/bc")" || tap_fail "bc is not an x86-64 ELF"
}
tap_check bc-listed-built check_bc_listed

# One boot runs every case; each one's output (stdout and stderr) lands
# between marker lines that the typed command itself cannot match: the
# shell sees @@bc-'N', echo prints @@bc-N.
check_bc_in_os() {
    local image="$root/build/patchwork.img" log="$work/bc.log" bc=home:/usr/bin/bc got want
    make -s -C "$root" -j"$JOBS" image >"$work/image.log" 2>&1 || tap_fail "image: $(tail -n 3 "$work/image.log")"
    local cmd="echo @@bc-'1'; echo '2^200' | $bc 2>&1"
    cmd+="; echo @@bc-'2'; echo 'scale=50; 4*a(1)' | $bc -l 2>&1"
    cmd+="; echo 'define f(n) { if (n < 2) return (1); return (n * f(n - 1)); }' > fact.bc"
    cmd+="; echo @@bc-'3'; echo 'f(30); scale=20; sqrt(2); e(1)' | $bc -ql fact.bc 2>&1"
    cmd+="; echo @@bc-'4'; echo '1 +* 2' | $bc 2>&1"
    cmd+="; echo @@bc-'end'"
    flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --cpus 2 \
        --timeout 300 --log "$log" \
        --type-after 'home:/> ' "$cmd\\r" \
        --stop-on '^@@bc-end' --expect stopped >"$work/bc-os.out" ||
        tap_fail "$(grep '^# outcome' "$work/bc-os.out"); last lines: $(tail -n 5 "$log" | tr '\n' '|')"
    got=$(tr -d '\r' <"$log" | sed -n '/^@@bc-1$/,/^@@bc-end$/p')
    want=$(cat <<'OUT'
@@bc-1
1606938044258990275541962092341162602522202993782792835301376
@@bc-2
3.14159265358979323846264338327950288419716939937508
@@bc-3
265252859812191058636308480000000
1.41421356237309504880
2.71828182845904523536
@@bc-4
(standard_in) 1: syntax error
@@bc-end
OUT
)
    [ "$got" = "$want" ] || tap_fail "bc's output differs: $(diff <(echo "$want") <(echo "$got") | tr '\n' '|')"
}
tap_check bc-computes-in-os check_bc_in_os
