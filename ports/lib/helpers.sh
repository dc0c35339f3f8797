# shellcheck shell=bash
# Functions and variables a recipe's steps can use (sourced into the shell
# that runs them; see ports/README.md).
#
#   PORT_TARGET   x86_64-patchwork
#   PORT_SYSROOT  the sysroot the port compiles and links against
#   PORT_DESTDIR  where port_install puts files, as if it were / on the OS:
#                 usr/include and usr/lib go to the sysroot, the rest
#                 (usr/bin, usr/share) to the image's home: volume
#   PORT_JOBS     make's -j

# Replace every config.sub and config.guess in the source tree with the
# toolchain's, which know x86_64-patchwork (older ones reject it).
port_refresh_config() {
    local share f
    share="$(dirname "$(command -v "$PORT_TARGET-gcc")")/../share/patchwork"
    find . -name config.sub -o -name config.guess | while read -r f; do
        cp "$share/$(basename "$f")" "$f"
    done
}

# Run an autoconf configure script for the target, installing under /usr.
port_autoconf() {
    ./configure --host="$PORT_TARGET" --prefix=/usr --disable-shared "$@"
}
