#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
# Builds and runs every benchmark; prints `name value unit` lines on stdout.
# Usage: tests/bench/run-all.sh [BUILD_DIR]   (default: build)
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-"$source_dir/build"}
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DMLOPS_BUILD_BENCHMARKS=ON >&2
cmake --build "$build_dir" --parallel 2 --target bench 2>&1 | grep -E '^[A-Za-z0-9_:.-]+ [0-9.]+ [A-Za-z/%]+$' || {
    echo "run-all.sh: the benchmarks failed; see: cmake --build $build_dir --target bench" >&2
    exit 1
}
