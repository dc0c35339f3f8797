# TAP output for shell test suites (sourced).
#
# Suites print one line per test, "ok - suite/name" or
# "not ok - suite/name # reason"; tests/run.sh numbers them. Anything else a
# suite prints should start with "# " (a diagnostic).
#
#   tap_ok NAME / tap_not_ok NAME REASON / tap_skip NAME REASON
#   tap_check NAME COMMAND...   ok if COMMAND exits 0; otherwise not ok,
#                               with COMMAND's output as diagnostics
#   tap_fail MESSAGE            inside a check: print MESSAGE and end the
#                               check as failed (it exits the subshell
#                               tap_check runs the check in; use it only
#                               there)

TAP_SUITE=${TAP_SUITE:-$(basename "$(dirname "$0")")}

tap_ok() { echo "ok - $TAP_SUITE/$1"; }
tap_not_ok() { echo "not ok - $TAP_SUITE/$1 # $2"; }
tap_skip() { echo "ok - $TAP_SUITE/$1 # SKIP $2"; }

tap_check() {
    local name=$1 out status
    shift
    status=0
    out=$("$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then
        tap_ok "$name"
    else
        tap_not_ok "$name" "$(printf '%s\n' "$out" | grep -v '^$' | tail -n 1)"
        printf '%s\n' "$out" | sed 's/^/#   /'
    fi
}

tap_fail() {
    echo "$*"
    exit 1
}
