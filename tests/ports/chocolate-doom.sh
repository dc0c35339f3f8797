# shellcheck shell=bash
# The chocolate-doom port (sourced by tests/ports/run.sh, after freedoom.sh):
# it builds from its recipe (from the cache when warm) with SDL2 and the
# Freedoom IWAD; only the game binary, stripped, reaches the image. Two
# boots: at the serial console "chocolate-doom -timedemo demo1" plays
# Freedoom's first demo to its end without a person (its window on the
# desktop) and prints "timed N gametics in M realtics", where N must be the
# number of tics the demo lump holds, counted on the host from the WAD
# (tests/ports/wad.py), and again with SDL's dummy video driver (no
# window, as bench/doom.sh runs it); then on the desktop at 1280x800, driven through
# QMP by doom_desktop.py: the start menu's Doom entry, the game's pixels in
# its window, keys moving its menu, quitting, and the configuration it
# saved in home:/cfg/chocolate-doom/.

doom_tests=(chocolate-doom-builds chocolate-doom-installed chocolate-doom-timedemo-in-os chocolate-doom-timedemo-headless
    doom-window-from-start-menu doom-keys-move-the-menu doom-quits-from-its-menu doom-config-saved-in-home-cfg)
doom_status=0
"$root/ports/port.sh" chocolate-doom >"$work/doom.out" 2>&1 || doom_status=$?
sed 's/^/# /' "$work/doom.out"
if [ "$doom_status" -eq 3 ]; then
    reason=$(grep -m 1 'needs <' "$work/doom.out")
    for t in "${doom_tests[@]}"; do tap_skip "$t" "$reason"; done
    return 0
fi
if [ "$doom_status" -eq 0 ]; then
    tap_ok chocolate-doom-builds
else
    tap_not_ok chocolate-doom-builds "ports/port.sh chocolate-doom exited with $doom_status"
fi

doom_wad="$root/build/ports/root/usr/share/games/doom/freedoom1.wad"

# The game binary alone (no heretic, hexen, strife, setup or server),
# stripped; the port installs nothing else.
check_doom_installed() {
    local f="$root/build/ports/root/usr/bin/chocolate-doom" files
    grep -qE '^chocolate-doom +3\.0\.0-git1471 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "not listed as built"
    [ -f "$f" ] || tap_fail "no $f"
    grep -q 'X86-64' <<<"$("$TOOLCHAIN_TARGET-readelf" -h "$f")" || tap_fail "$f is not an x86-64 ELF"
    if "$TOOLCHAIN_TARGET-readelf" -S "$f" | grep -q '\.symtab'; then tap_fail "$f is not stripped"; fi
    files=$(tail -n +2 "$root/build/ports/installed/chocolate-doom" | xargs)
    [ "$files" = build/ports/root/usr/bin/chocolate-doom ] || tap_fail "installed more than the game: $files"
}
tap_check chocolate-doom-installed check_doom_installed

# The timedemo, typed at the serial console. Its window shows on the
# desktop, which is up (SDL's video is dwm's windows); -nogui keeps the
# end's report on the console only, 640x400 keeps the window small.
doom_log="$work/doom-os.log"
doom_timedemo_boot() {
    [ -f "$root/build/ports/root/usr/bin/chocolate-doom" ] || { echo "the port installed no chocolate-doom"; return 1; }
    make -s -C "$root" -j"$JOBS" image >"$work/image.log" 2>&1 || { echo "image: $(tail -n 3 "$work/image.log")"; return 1; }
    flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$root/build/patchwork.img" --cmdline "" \
        --desktop --cpus 2 --memory 512 --timeout 600 --log "$doom_log" \
        --type-after 'home:/> ' 'chocolate-doom -timedemo demo1 -nogui -window -geometry 640x400; echo doom-status=$?\r' \
        --type-after '(?s)doom-status=[0-9]+.*home:/> ' 'export SDL_VIDEODRIVER=dummy; chocolate-doom -timedemo demo1 -nogui; echo doom-dummy-status=$?\r' \
        --stop-on 'doom-dummy-status=[0-9]+' --expect stopped >"$work/doom-os.out" ||
        { echo "$(grep '^# outcome' "$work/doom-os.out"); last lines: $(tail -n 5 "$doom_log" | tr '\n' '|')"; return 1; }
}
doom_boot_error=$(doom_timedemo_boot) || true

check_doom_timedemo() {
    local log want got
    [ -z "$doom_boot_error" ] || tap_fail "$doom_boot_error"
    log=$(tr -d '\r' <"$doom_log")
    want=$(python3 "$here/wad.py" "$doom_wad" demo-tics demo1) || tap_fail "DEMO1's length not read from the WAD"
    got=$(grep -o 'timed [0-9]* gametics in [0-9]* realtics.*' <<<"$log" | head -n 1)
    [ -n "$got" ] || tap_fail "no timedemo report: $(tail -n 8 "$doom_log" | tr '\n' '|')"
    echo "$got"
    [[ $got =~ ^timed\ $want\ gametics\ in\ [1-9][0-9]*\ realtics ]] || tap_fail "'$got': DEMO1 holds $want tics"
    grep -q 'adding /usr/share/games/doom/freedoom1.wad' <<<"$log" || tap_fail "the IWAD was not found in /usr/share/games/doom"
    grep -q 'doom-status=' <<<"$log" || tap_fail "the game did not end"
}
tap_check chocolate-doom-timedemo-in-os check_doom_timedemo

# The same demo again with SDL's dummy video driver (no window: the
# benchmark's headless mode, as on Linux): the game plays it to the end
# all the same.
check_doom_timedemo_headless() {
    local log want got
    [ -z "$doom_boot_error" ] || tap_fail "$doom_boot_error"
    log=$(tr -d '\r' <"$doom_log" | sed -n '/^doom-status=/,$p')
    want=$(python3 "$here/wad.py" "$doom_wad" demo-tics demo1) || tap_fail "DEMO1's length not read from the WAD"
    got=$(grep -o 'timed [0-9]* gametics in [0-9]* realtics.*' <<<"$log" | head -n 1)
    [ -n "$got" ] || tap_fail "no timedemo report with SDL_VIDEODRIVER=dummy: $(tail -n 8 "$doom_log" | tr '\n' '|')"
    echo "$got"
    [[ $got =~ ^timed\ $want\ gametics\ in\ [1-9][0-9]*\ realtics ]] || tap_fail "'$got': DEMO1 holds $want tics"
    grep -q 'doom-dummy-status=' <<<"$log" || tap_fail "the game did not end"
}
tap_check chocolate-doom-timedemo-headless check_doom_timedemo_headless

# The desktop as a person gets it, driven through QMP.
doom_dir="$root/build/doom-desktop-test"
rm -rf "$doom_dir"
mkdir -p "$doom_dir"
doom_sockets=$(mktemp -d) # a socket's path must be short
flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$root/build/patchwork.img" --cmdline "" --desktop \
    --mode 1280x800 --cpus 2 --memory 512 --timeout 600 --stop-on "^doom-desktop-test: done" --expect stopped \
    --qmp "$doom_sockets/qmp.sock" --log "$doom_dir/serial.log" --screendump "$doom_dir/end.ppm" \
    >"$doom_dir/harness.out" 2>&1 &
doom_harness=$!
# (the driver waits for QMP's socket, which appears once the lock is ours)
doom_driven=0
python3 "$here/doom_desktop.py" "$doom_sockets/qmp.sock" "$doom_dir" 1280 800 "$doom_wad" "$root/root/cfg/taskbar.conf" ||
    doom_driven=$?
wait "$doom_harness"
doom_outcome=$?
if [ "$doom_driven" -ne 0 ] || [ "$doom_outcome" -ne 0 ]; then
    # What the OS said, for a failure seen only in CI's output.
    echo "# the desktop run's serial console, its last lines:"
    grep '^# ' "$doom_dir/harness.out" | tail -n 40
fi
rm -rf "$doom_sockets"

# What chocolate-doom saved when it quit, as the terminal showed it on
# the serial console: the window mode from the menu entry's -window.
check_doom_config() {
    local log
    [ "$doom_outcome" -eq 0 ] ||
        tap_fail "the run did not end as asked: $(grep '^# outcome' "$doom_dir/harness.out") (the screen then: $doom_dir/end.ppm)"
    log=$(tr -d '\r' <"$doom_dir/serial.log")
    grep -q 'Using home:/cfg/chocolate-doom/ for configuration and saves' <<<"$log" || tap_fail "the game did not use home:/cfg/chocolate-doom/"
    grep -qE '^fullscreen +0$' <<<"$log" || tap_fail "no 'fullscreen 0' from home:/cfg/chocolate-doom/chocolate-doom.cfg on the console"
    grep -qE '^window_width +[0-9]+$' <<<"$log" || tap_fail "no window_width in the saved configuration"
}
tap_check doom-config-saved-in-home-cfg check_doom_config
