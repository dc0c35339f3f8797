# Freedoom: free game data for Doom engines, from Debian's binary package
# (the WADs are built from their sources with tools the OS does not have,
# so the archive's built package is the source here). Phase 1,
# freedoom1.wad, goes to home:/usr/share/games/doom, where chocolate-doom
# looks for IWADs; see ports/README.md for why only one of the two.
name=freedoom
version=0.12.1
debian_package=freedoom
debian_version=0.12.1-2
sources=(
    "freedoom_0.12.1-2_all.deb c5b7cf1aa6dde8c980271981ce75b9b4a9e7b634b9db93d471f54bab7a8e1290"
)
depends=()

port_configure() { true; }
port_build() { true; }

port_install() {
    install -D -m 644 usr/share/games/doom/freedoom1.wad "$PORT_DESTDIR/usr/share/games/doom/freedoom1.wad"
}
