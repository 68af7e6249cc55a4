#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs the whole test suite with CTest.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/deps.sh"
takt_install_deps
build_dir=${TAKT_BUILD_DIR:-$here/../build}
takt_build "$build_dir"
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
