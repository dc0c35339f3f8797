#!/usr/bin/env bash
# Run benchmark groups: bench/NAME.sh each print "BENCH name value unit"
# lines. Usage: bench/run.sh [NAME...]   (default: every group)
# (kernel_bench.sh, linux_guest.sh and linux_kbench.sh are helpers the
# groups use, not groups.)
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
    for f in bench/*.sh; do
        case $f in bench/run.sh | bench/kernel_bench.sh | bench/linux_guest.sh | bench/linux_kbench.sh) ;; *) groups+=("$(basename "$f" .sh)") ;; esac
    done
fi
status=0
for g in "${groups[@]}"; do
    if [ ! -f "bench/$g.sh" ]; then
        echo "bench: no benchmark group '$g' (groups: $(cd bench && ls ./*.sh | grep -v -e run.sh -e kernel_bench.sh -e linux_guest.sh -e linux_kbench.sh | sed 's|^\./||; s/\.sh$//' | tr '\n' ' '))" >&2
        exit 2
    fi
    echo "# bench $g"
    bash "bench/$g.sh" || status=1
done
exit $status
