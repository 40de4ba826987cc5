#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#
# The README's two set-up commands, on Debian 12:
#
#   packaging/quickstart.sh studio   install the Debian packages, build, create the demo
#                                    workspace ~/mlops-demo (once) and open the studio on it
#   packaging/quickstart.sh test     install the Debian packages, start the container
#                                    engines (packaging/container-engines.sh), build
#                                    (benchmarks too) and run every test as CI does (CI=true)
#
# The packages come from packaging/debian-packages.txt, the one list. Runs apt-get as
# root, or through sudo otherwise. BUILD_DIR (default: build) and JOBS (default: the
# number of cores) change where and how wide it builds.
set -eu

usage() {
    sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -eq 1 ] || usage
mode=$1
case "$mode" in studio|test) ;; *) usage ;; esac

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-"$source_dir/build"}
jobs=${JOBS:-$(nproc)}

install_packages() {
    packages=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$source_dir/packaging/debian-packages.txt")
    if [ "$(id -u)" -eq 0 ]; then
        as_root=""
    else
        as_root="sudo"
    fi
    echo "quickstart: installing the Debian packages of packaging/debian-packages.txt" >&2
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    # shellcheck disable=SC2086  # one argument per package
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
}

build() {
    echo "quickstart: building in $build_dir" >&2
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DMLOPS_BUILD_BENCHMARKS=ON -DBUILD_TESTING=ON
    cmake --build "$build_dir" --parallel "$jobs"
}

install_packages

engines_pid=""
engines_log="$build_dir/container-engines.log"
if [ "$mode" = test ]; then
    # The container tests need real engines and base images: set them up while the
    # code builds (packaging/container-engines.sh; needs root, like apt-get above).
    mkdir -p "$build_dir"
    echo "quickstart: starting the container engines in the background (log: $engines_log)" >&2
    if [ "$(id -u)" -eq 0 ]; then
        bash "$source_dir/packaging/container-engines.sh" >"$engines_log" 2>&1 &
    else
        sudo bash "$source_dir/packaging/container-engines.sh" >"$engines_log" 2>&1 &
    fi
    engines_pid=$!
fi

build

case "$mode" in
test)
    if ! wait "$engines_pid"; then
        echo "quickstart: setting up the container engines failed; the last lines of $engines_log:" >&2
        tail -n 30 "$engines_log" >&2
        exit 1
    fi
    if [ -f /run/mlops-engines/env ]; then
        # shellcheck disable=SC1091
        . /run/mlops-engines/env
        export DOCKER_HOST
    fi
    cd "$build_dir"
    CI=true ctest --output-on-failure
    ;;
studio)
    demo="$HOME/mlops-demo"
    if [ ! -e "$demo" ]; then
        "$build_dir/app/cli/mlops" init "$demo" --template demo
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "quickstart: no display to open the studio on. Built and ready:" >&2
        echo "  $build_dir/app/studio/mlops-studio $demo" >&2
        echo "or take screenshots without a display:" >&2
        echo "  QT_QPA_PLATFORM=offscreen $build_dir/app/studio/mlops-studio --tour shots $demo" >&2
        exit 1
    fi
    exec "$build_dir/app/studio/mlops-studio" "$demo"
    ;;
esac
