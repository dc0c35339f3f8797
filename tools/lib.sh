# Shell helpers shared by build.sh and the build scripts (sourced).

# Exit with a message naming the Debian package that provides a missing tool.
need_tool() { # TOOL PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "build.sh: '$1' not found; it is in the Debian package '$2' (./build.sh deps installs it)" >&2
    exit 1
}
