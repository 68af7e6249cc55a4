#!/usr/bin/env bash
# README command 1: installs what is missing, builds, and starts Takt on its default data
# directory (~/.local/share/takt). Arguments go to takt, e.g. `installer/run.sh serve --listen 127.0.0.1:9000`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/deps.sh"
takt_install_deps
build_dir=${TAKT_BUILD_DIR:-$here/../build}
takt_build "$build_dir"
exec "$build_dir/app/takt" "$@"
