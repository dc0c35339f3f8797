# Sourced by the host suites that build a C test program with gcc, ASan
# and UBSan and pass its TAP lines on (terminal, games, widgets). Needs
# tap.sh sourced, the working directory at the repository's root, and
# $out (where programs go) and $work (a scratch folder) set.

HOST_C_FLAGS=(-std=c17 -pedantic-errors -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)

# host_c_build GROUP NAME GCC-ARGS...: compile $out/GROUP-NAME, or say why
# not as "not ok - .../GROUP/NAME-build" and return 1.
host_c_build() {
    local group=$1 name=$2 log status=0
    shift 2
    log=$(gcc "${HOST_C_FLAGS[@]}" "$@" -lm -o "$out/$group-$name" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        tap_not_ok "$group/$name-build" "compiling $name failed"
        printf '%s\n' "$log" | tail -n 20 | sed 's/^/#   /'
        return 1
    fi
}

# host_c_run GROUP NAME ARGS...: run it; "ok N - name" becomes
# "ok - host/GROUP/name", other output becomes diagnostics, and a crash
# after the last line (an ASan report) still fails as GROUP/NAME-exit.
host_c_run() {
    local group=$1 name=$2 status=0
    shift 2
    "$out/$group-$name" "$@" >"$work/$group-$name.out" 2>&1 || status=$?
    sed -nE "s/^(not )?ok [0-9]+ - ([^#]*[^# ]) *(#.*)?$/\\1ok - $TAP_SUITE\\/$group\\/\\2 \\3/p" \
        "$work/$group-$name.out" | sed 's/ $//'
    grep -vE '^((not )?ok [0-9]+ - |1\.\.)' "$work/$group-$name.out" | sed 's/^#*/#/' | head -n 40
    if [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/$group-$name.out"; then
        tap_not_ok "$group/$name-exit" "$name exited with status $status"
    fi
}
