# shellcheck shell=bash
# The Lua port from its real recipe (sourced by tests/ports/run.sh): it
# builds (from the cache when warm), lua and luac are in the image and
# liblua.a with its headers in the sysroot, a C program embeds Lua, and in
# the OS lua runs tests/ports/lua/stdlib.lua (every standard library; the
# image has it as home:/test/ports/lua/stdlib.lua) and its interactive
# prompt at the serial console (^C, Backspace, ^U, ^D). A missing needs_headers entry makes
# port.sh exit with 3 and these are skipped with its message.

lua_tests=(lua-builds lua-listed-built lua-installed pkg-config-finds-lua program-embeds-lua
    lua-stdlib-in-os lua-interactive-prompt-in-os)
lua_status=0
"$root/ports/port.sh" lua >"$work/lua.out" 2>&1 || lua_status=$?
sed 's/^/# /' "$work/lua.out"
if [ "$lua_status" -eq 3 ]; then
    reason=$(grep -m 1 'needs <' "$work/lua.out")
    for t in "${lua_tests[@]}"; do tap_skip "$t" "$reason"; done
    return 0
fi
if [ "$lua_status" -eq 0 ]; then
    tap_ok lua-builds
else
    tap_not_ok lua-builds "ports/port.sh lua exited with $lua_status"
fi

check_lua_listed() {
    grep -qE '^lua +5\.4\.4 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "--list: $("$root/ports/port.sh" --list)"
}
tap_check lua-listed-built check_lua_listed

# lua and luac stripped for the image; the library and its headers in the
# sysroot.
check_lua_installed() {
    local f
    for f in lua luac; do
        f="$root/build/ports/root/usr/bin/$f"
        [ -f "$f" ] || tap_fail "no $f"
        grep -q 'X86-64' <<<"$("$TOOLCHAIN_TARGET-readelf" -h "$f")" || tap_fail "$f is not an x86-64 ELF"
        if "$TOOLCHAIN_TARGET-readelf" -S "$f" | grep -q '\.symtab'; then tap_fail "$f is not stripped"; fi
    done
    for f in include/lua.h include/luaconf.h include/lualib.h include/lauxlib.h include/lua.hpp lib/liblua.a; do
        [ -f "$root/sysroot/usr/$f" ] || tap_fail "no sysroot/usr/$f"
    done
    grep -q 'home:/usr/' "$root/sysroot/usr/include/luaconf.h" || tap_fail "luaconf.h lacks the home:/usr paths"
}
tap_check lua-installed check_lua_installed

check_pkg_config_lua() {
    local pc="$TOOLCHAIN_TARGET-pkg-config" m
    for m in lua lua5.4; do
        [ "$("$pc" --modversion "$m")" = 5.4.4 ] || tap_fail "$m.pc not found in the sysroot"
    done
    grep -q -- '-llua' <<<"$("$pc" --libs lua)" || tap_fail "libs: $("$pc" --libs lua)"
}
tap_check pkg-config-finds-lua check_pkg_config_lua

# A program that embeds Lua links with liblua.a.
check_embed_lua() {
    cat >"$work/embed.c" <<'C'
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

int main(void)
{
    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    int bad = luaL_dostring(L, "return 6 * 7");
    int result = bad ? -1 : (int)lua_tointeger(L, -1);
    lua_close(L);
    return result == 42 ? 0 : 1;
}
C
    # shellcheck disable=SC2046 # pkg-config prints separate words
    "$TOOLCHAIN_TARGET-gcc" -std=c17 -Wall -Wextra -Werror -o "$work/embed" "$work/embed.c" \
        $("$TOOLCHAIN_TARGET-pkg-config" --cflags --libs lua) || tap_fail "does not compile and link"
    grep -q ' T luaL_newstate$' <<<"$("$TOOLCHAIN_TARGET-nm" "$work/embed")" || tap_fail "luaL_newstate was not linked in from liblua.a"
}
tap_check program-embeds-lua check_embed_lua

# One boot for both checks in the OS: the script first, then the prompt.
# The script's checks are named on lines starting with check("NAME" in it;
# each must say "ok", and the count must match.
# lua_boot prints why it failed; the checks read its log.
lua_log="$work/lua-os.log"
lua_boot() {
    local lua=home:/usr/bin/lua
    [ -f "$root/build/ports/root/usr/bin/lua" ] || { echo "the port installed no lua"; return 1; }
    make -s -C "$root" -j"$JOBS" image >"$work/image.log" 2>&1 || { echo "image: $(tail -n 3 "$work/image.log")"; return 1; }
    # The prompt, started by name as a person would (home:/usr/bin is on
    # the shell's PATH): an endless loop stopped by ^C (lua's SIGINT handler, on
    # notes) once it has printed, a line with a typo fixed by Backspace
    # (DEL), a line dropped by ^U, then ^D on an empty line ends lua with
    # status 0.
    flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$root/build/patchwork.img" --cmdline "" \
        --cpus 2 --timeout 600 --log "$lua_log" \
        --type-after 'home:/> ' "export LUA_TEST_VAR=hello-lua; mkdir -p home:/tmp-lua && $lua home:/test/ports/lua/stdlib.lua home:/tmp-lua; echo lua-status=\$?; rm -r home:/tmp-lua\\r" \
        --type-after 'lua-status=[0-9]+\s+home:/> ' "lua\\r" \
        --type-after 'Lua 5\.4\.4[^\n]*\n> ' 'print("spin" .. "ning"); while true do end\r' \
        --type-after 'spinning' '\x03' \
        --type-after '> ' 'x = 6 * 7\r' \
        --type-after '> ' 'print("ans" .. "wer=" .. xz\x7f)\r' \
        --type-after '> ' 'print("dropped" .. "-line")\x15print("kept" .. "-line")\r' \
        --type-after '> ' '\x04' \
        --type-after 'home:/> ' 'echo prompt-status=$?\r' \
        --stop-on 'prompt-status=[0-9]+' --expect stopped >"$work/lua-os.out" ||
        { echo "$(grep '^# outcome' "$work/lua-os.out"); last lines: $(tail -n 5 "$lua_log" | tr '\n' '|')"; return 1; }
}
lua_boot_error=$(lua_boot) || true

check_lua_stdlib_in_os() {
    local log expected name missing=() got
    [ -z "$lua_boot_error" ] || tap_fail "$lua_boot_error"
    log=$(tr -d '\r' <"$lua_log")
    mapfile -t expected < <(sed -n 's/^check("\([^"]*\)".*/\1/p' "$here/lua/stdlib.lua")
    [ "${#expected[@]}" -ge 25 ] || tap_fail "only ${#expected[@]} checks named in stdlib.lua"
    grep '^lua-test: not ok' <<<"$log" | sed 's/^/# /'
    for name in "${expected[@]}"; do
        grep -qxF "lua-test: ok $name" <<<"$log" || missing+=("$name")
    done
    [ "${#missing[@]}" -eq 0 ] || tap_fail "not ok or missing: ${missing[*]}"
    got=$(grep -o '^lua-test: done .*' <<<"$log")
    [ "$got" = "lua-test: done ${#expected[@]} passed, 0 failed" ] || tap_fail "summary: '$got', want ${#expected[@]} passed"
    grep -qx 'luac-chunk 1 4 9 16 25' <<<"$log" || tap_fail "the chunk luac compiled printed nothing"
    grep -q 'lua-status=0' <<<"$log" || tap_fail "lua exited with $(grep -o 'lua-status=[0-9]*' <<<"$log")"
}
tap_check lua-stdlib-in-os check_lua_stdlib_in_os

check_lua_prompt_in_os() {
    local log
    [ -z "$lua_boot_error" ] || tap_fail "$lua_boot_error"
    log=$(tr -d '\r' <"$lua_log")
    grep -qx 'interrupted!' <<<"$log" || tap_fail "^C did not interrupt the loop: $(tail -n 8 "$lua_log" | tr '\n' '|')"
    grep -q 'answer=42' <<<"$log" || tap_fail "the prompt did not keep x or the Backspace fix: $(tail -n 8 "$lua_log" | tr '\n' '|')"
    grep -q 'kept-line' <<<"$log" || tap_fail "the line after ^U did not run"
    if grep -q 'dropped-line' <<<"$log"; then tap_fail "the line ^U dropped ran"; fi
    grep -q 'prompt-status=0' <<<"$log" || tap_fail "^D did not end lua with 0: $(grep -o 'prompt-status=[0-9]*' <<<"$log")"
}
tap_check lua-interactive-prompt-in-os check_lua_prompt_in_os
