# shellcheck shell=bash
# Debian packages through a private apt configuration (sourced by
# ports/port.sh; needs $ports_cache).
#
# The machine's apt configuration is only read, never changed: its entry
# for the Debian release it runs (the suite named like VERSION_CODENAME)
# gives the archive address and key, and one entry for the same address,
# for binary and source packages (Types: deb deb-src), goes into our own
# sources list under the cache. apt-get then runs with -o Dir::... options
# pointing its sources, lists and download cache there, so "apt-get
# update" refreshes only our lists.
#
#   apt_source PACKAGE VERSION DIR     download the source package into DIR
#   apt_download PACKAGE VERSION DIR   download the binary package (.deb)
#                                      into DIR

apt_root="$ports_cache/apt"
apt_etc=${PORTS_APT_ETC:-/etc/apt} # another folder only for tests
apt_opts=(
    -o "Dir::Etc::SourceList=$apt_root/sources.list"
    -o "Dir::Etc::SourceParts=$apt_root/sources.list.d"
    -o "Dir::State::Lists=$apt_root/lists"
    -o "Dir::Cache=$apt_root/cache"
    -o "APT::Sandbox::User=$(id -un)" # files land in our cache, not _apt's
    -o Debug::NoLocking=1             # our lists, shared only through flock
)

# Print a deb and deb-src stanza for the archive the system's own apt uses
# for its release: deb822 files (*.sources) and one-line files (*.list)
# are read.
apt_system_archive() {
    local codename files=()
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || { echo "ports: /etc/os-release names no VERSION_CODENAME" >&2; return 1; }
    for f in "$apt_etc"/sources.list "$apt_etc"/sources.list.d/*.list "$apt_etc"/sources.list.d/*.sources; do
        [ -f "$f" ] && files+=("$f")
    done
    [ ${#files[@]} -gt 0 ] || { echo "ports: no apt sources in $apt_etc" >&2; return 1; }
    awk -v want="$codename" '
        function emit(uri, comps, key) {
            if (done) return
            print "Types: deb deb-src"; print "URIs: " uri; print "Suites: " want
            print "Components: " comps
            if (key != "") print "Signed-By: " key
            done = 1
        }
        function has(list, word,   n, i, a) {
            n = split(list, a, /[ \t]+/)
            for (i = 1; i <= n; i++) if (a[i] == word) return 1
            return 0
        }
        function stanza_end() {
            if (has(f["types"], "deb") && has(f["suites"], want) && f["enabled"] != "no")
                emit(f["uris"], f["components"], f["signed-by"])
            delete f
        }
        FNR == 1 { if (deb822) stanza_end(); deb822 = (FILENAME ~ /\.sources$/) }
        deb822 && /^[ \t]*$/ { stanza_end(); next }
        deb822 && /^[A-Za-z-]+:/ {
            k = tolower(substr($0, 1, index($0, ":") - 1)); v = substr($0, index($0, ":") + 1)
            gsub(/^[ \t]+|[ \t]+$/, "", v); f[k] = v; next
        }
        !deb822 && $1 == "deb" {
            key = ""; i = 2
            if ($2 ~ /^\[/) {
                for (; i <= NF; i++) {
                    if ($i ~ /^\[?signed-by=/) { key = $i; sub(/^\[?signed-by=/, "", key); sub(/\]$/, "", key) }
                    if ($i ~ /\]$/) { i++; break }
                }
            }
            if ($(i + 1) == want) { comps = $(i + 2); for (j = i + 3; j <= NF; j++) comps = comps " " $j; emit($i, comps, key) }
        }
        END { if (deb822) stanza_end(); if (!done) exit 1 }
    ' "${files[@]}" || { echo "ports: the system's apt sources name no '$codename' archive" >&2; return 1; }
}

# Our sources list holds the one stanza; a different one (another archive,
# or the deb-src-only file older checkouts wrote) makes the lists stale.
apt_setup() {
    local list="$apt_root/sources.list.d/archive.sources" f
    mkdir -p "$apt_root/sources.list.d" "$apt_root/lists/partial" "$apt_root/cache/archives/partial"
    : >"$apt_root/sources.list"
    apt_system_archive >"$list.new"
    for f in "$apt_root/sources.list.d"/*; do
        [ "$f" = "$list" ] || [ "$f" = "$list.new" ] || rm -f "$f"
    done
    if ! cmp -s "$list.new" "$list"; then
        mv "$list.new" "$list"
        rm -f "$apt_root/lists/"*_Sources* "$apt_root/lists/"*_Packages* # stale lists
    else
        rm -f "$list.new"
    fi
}

apt_update() {
    echo "ports: apt-get update (private lists in $apt_root)"
    apt-get "${apt_opts[@]}" -qq update >"$apt_root/update.log" 2>&1 || {
        tail -n 5 "$apt_root/update.log" >&2
        echo "ports: apt-get update failed; is the archive reachable? (log: $apt_root/update.log)" >&2
        return 1
    }
}

# Run "apt-get ARGS..." in DIR, with our lists: fetched first when there
# are none of KIND (Sources or Packages), and refreshed once if the
# command fails, since a version missing from old lists may be in new ones.
apt_in_dir() { # KIND DIR ARGS...
    local kind=$1 dir=$2 log
    shift 2
    apt_setup
    ls "$apt_root/lists/"*_"$kind"* >/dev/null 2>&1 || apt_update || return 1
    mkdir -p "$dir"
    log="$dir/.apt.log"
    if ! (cd "$dir" && apt-get "${apt_opts[@]}" -q "$@") >"$log" 2>&1; then
        apt_update || return 1
        (cd "$dir" && apt-get "${apt_opts[@]}" -q "$@") >"$log" 2>&1 || {
            tail -n 5 "$log" >&2
            echo "ports: apt-get $* failed" >&2
            return 1
        }
    fi
    rm -f "$log"
}

apt_source() { # PACKAGE VERSION DIR
    apt_in_dir Sources "$3" source --download-only "$1=$2"
}

apt_download() { # PACKAGE VERSION DIR
    apt_in_dir Packages "$3" download "$1=$2"
}
