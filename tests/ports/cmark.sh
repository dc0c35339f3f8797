# shellcheck shell=bash
# The cmark port (a CMake project) from its real recipe (sourced by
# tests/ports/run.sh): it builds through the toolchain's CMake file
# (from the cache when warm), pkg-config finds libcmark in the sysroot
# and a program links with it, and in the OS the cmark program turns a
# Markdown file (headings, emphasis, a list, a fenced code block, a
# link) and a line from a pipe into exactly the HTML cmark 0.30.2 gives.

cmark_status=0
"$root/ports/port.sh" cmark >"$work/cmark.out" 2>&1 || cmark_status=$?
sed 's/^/# /' "$work/cmark.out"
if [ "$cmark_status" -eq 0 ]; then
    tap_ok cmark-builds
else
    tap_not_ok cmark-builds "ports/port.sh cmark exited with $cmark_status"
fi

check_cmark_listed() {
    grep -qE '^cmark +0\.30\.2 +built$' <<<"$("$root/ports/port.sh" --list)" || tap_fail "--list: $("$root/ports/port.sh" --list)"
    [ -f "$root/build/ports/root/usr/bin/cmark" ] || tap_fail "cmark installed no usr/bin/cmark"
    if [ ! -f "$root/sysroot/usr/lib/libcmark.a" ] || [ ! -f "$root/sysroot/usr/include/cmark.h" ]; then
        tap_fail "libcmark.a or cmark.h is not in the sysroot"
    fi
}
tap_check cmark-listed-built check_cmark_listed

check_link_cmark() {
    local pc="$TOOLCHAIN_TARGET-pkg-config"
    [ "$("$pc" --modversion libcmark)" = 0.30.2 ] || tap_fail "libcmark.pc not found in the sysroot"
    cat >"$work/cm.c" <<'C'
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char* html = cmark_markdown_to_html("*hi*", 4, CMARK_OPT_DEFAULT);
    int same = strcmp(html, "<p><em>hi</em></p>\n") == 0;
    free(html);
    return same ? 0 : 1;
}
C
    # shellcheck disable=SC2046 # pkg-config prints separate words
    "$TOOLCHAIN_TARGET-gcc" -std=c17 -Wall -Wextra -Werror -o "$work/cm" "$work/cm.c" \
        $("$pc" --cflags --libs libcmark) || tap_fail "does not compile and link"
    grep -q ' T cmark_markdown_to_html$' <<<"$("$TOOLCHAIN_TARGET-nm" "$work/cm")" ||
        tap_fail "cmark_markdown_to_html was not linked in from libcmark.a"
}
tap_check program-links-with-libcmark check_link_cmark

# The shell writes the Markdown file line by line (with echo, which takes
# "- one" for options, so the list uses "*"); the HTML lands between
# marker lines that the typed command cannot match (@@cm-'N').
check_cmark_in_os() {
    local image="$root/build/patchwork.img" log="$work/cmark.log" cm=home:/usr/bin/cmark got want line cmd=""
    make -s -C "$root" -j"$JOBS" image >"$work/image.log" 2>&1 || tap_fail "image: $(tail -n 3 "$work/image.log")"
    # shellcheck disable=SC2016 # the backquotes are Markdown's
    local markdown=('# Ports' '## cmark on *PatchworkOS*' 'Some *emphasis*, **strong** and `code`.' ''
        '* one' '* two' '' '```c' 'int x = 1 < 2;' '```' '' 'See [the site](https://example.org/pw "home").')
    local redirect='>'
    for line in "${markdown[@]}"; do
        cmd+="echo '$line' $redirect doc.md; "
        redirect='>>'
    done
    cmd+="echo @@cm-'1'; $cm doc.md 2>&1; echo @@cm-'2'; echo '*from* a [pipe](x)' | $cm 2>&1; echo @@cm-'end'"
    flock /tmp/patchwork-qemu.lock python3 "$root/tools/qemu_harness.py" "$image" --cmdline "" --cpus 2 \
        --timeout 300 --log "$log" \
        --type-after 'home:/> ' "$cmd\\r" \
        --stop-on '^@@cm-end' --expect stopped >"$work/cmark-os.out" ||
        tap_fail "$(grep '^# outcome' "$work/cmark-os.out"); last lines: $(tail -n 5 "$log" | tr '\n' '|')"
    got=$(tr -d '\r' <"$log" | sed -n '/^@@cm-1$/,/^@@cm-end$/p')
    want=$(cat <<'OUT'
@@cm-1
<h1>Ports</h1>
<h2>cmark on <em>PatchworkOS</em></h2>
<p>Some <em>emphasis</em>, <strong>strong</strong> and <code>code</code>.</p>
<ul>
<li>one</li>
<li>two</li>
</ul>
<pre><code class="language-c">int x = 1 &lt; 2;
</code></pre>
<p>See <a href="https://example.org/pw" title="home">the site</a>.</p>
@@cm-2
<p><em>from</em> a <a href="x">pipe</a></p>
@@cm-end
OUT
)
    [ "$got" = "$want" ] || tap_fail "cmark's output differs: $(diff <(echo "$want") <(echo "$got") | tr '\n' '|')"
}
tap_check cmark-converts-in-os check_cmark_in_os
