#!/usr/bin/env bash
# Installs the Debian 12 packages Takt needs to build, run and test, where they are missing.
# Sourced by run.sh and test.sh; uses sudo when not root.
set -euo pipefail

takt_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev libqt6opengl6-dev libxkbcommon-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins
    tzdata xvfb xauth fonts-dejavu-core
    qtkeychain-qt6-dev libgraphviz-dev postgresql openssl
)

takt_install_deps() {
    local missing=()
    for p in "${takt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "takt: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# takt_build BUILD_DIR: configures (once) and builds everything with Ninja.
takt_build() {
    local build_dir=$1
    local src
    src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}
