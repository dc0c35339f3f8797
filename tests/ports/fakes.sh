# shellcheck shell=bash
# Fake recipes for the ports suite (sourced by tests/ports/run.sh).

# fake_recipe DIR NAME "FILE SHA256" BUILD: a port whose one source is FILE
# and whose build step runs BUILD.
fake_recipe() {
    mkdir -p "$1/$2"
    cat >"$1/$2/recipe.sh" <<RECIPE
name=$2
version=1.0
debian_package=$2
debian_version=1.0-1
sources=(
    "$3"
)
port_configure() { true; }
port_build() { $4; }
port_install() { true; }
RECIPE
}

# fake_zlib_recipe DIR NAME BUILD: zlib's recipe under another name, with
# no header requirements and BUILD as its build step.
fake_zlib_recipe() {
    mkdir -p "$1/$2"
    sed -e "s/^name=zlib$/name=$2/" -e 's/^needs_headers=.*/needs_headers=()/' \
        "$root/ports/zlib/recipe.sh" >"$1/$2/recipe.sh"
    printf 'port_build() { %s; }\n' "$3" >>"$1/$2/recipe.sh"
}
