#!/usr/bin/env bash
# The desktop's costs: bench/user/desktop.c run as home:/bench/desktop
# (full-screen frames per second through a dwm that has the screen, dwm's
# own cost per frame, input-to-screen latency in a dwm --test, memory per
# window), then the host CPU an idle desktop costs against the text
# console in the same QEMU (TCG, q35, 2 CPUs; bench/idle_cpu.py).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. bench/kernel_bench.sh
user_bench desktop --cpus 2 --timeout 600
read -r _ text seconds < <(python3 bench/idle_cpu.py patchwork build/patchwork.img --seconds 10 --cpus 2)
read -r _ desktop _ < <(python3 bench/idle_cpu.py patchwork build/patchwork.img --seconds 10 --cpus 2 --desktop)
echo "BENCH desktop_idle_host_cpu_ms_10s $desktop ms"
echo "BENCH text_console_idle_host_cpu_ms_10s $text ms"
echo "BENCH desktop_idle_vs_text_console $(awk -v d="$desktop" -v t="$text" 'BEGIN { printf "%.2f", (t > 0 ? d / t : 0) }') x"
