# What every tests/host/NAME/run.sh starts with, sourced as its first
# step: `. "$(dirname "$0")/../suite.sh"`. It sets root to the checkout
# and makes it the working directory, loads tests/lib/tap.sh with the
# suite name "host" (unless the caller set TAP_SUITE), and makes a work
# folder, $work, removed on exit.
root=$(cd "$(dirname "$0")/../../.." && pwd)
TAP_SUITE=${TAP_SUITE:-host}
. "$root/tests/lib/tap.sh"
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
