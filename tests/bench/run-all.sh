#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
# Builds and runs every benchmark; prints `name value unit` lines on stdout.
# Exits with 1 when the build or any benchmark fails, and shows why on stderr.
# Usage: tests/bench/run-all.sh [BUILD_DIR]   (default: build)
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-"$source_dir/build"}
benchmarks=$(sed -n 's/^mlops_add_benchmark(\([A-Za-z0-9_]*\).*/\1/p' "$source_dir/tests/bench/CMakeLists.txt")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if ! { cmake -S "$source_dir" -B "$build_dir" -G Ninja -DMLOPS_BUILD_BENCHMARKS=ON &&
       cmake --build "$build_dir" --parallel 2 --target $benchmarks; } >"$scratch/build.log" 2>&1; then
    tail -n 60 "$scratch/build.log" >&2
    echo "run-all.sh: building the benchmarks failed (full log above, last 60 lines)" >&2
    exit 1
fi

failed=""
for name in $benchmarks; do
    program=$(find "$build_dir" -type f -name "$name" -perm -u+x | head -n 1)
    if [ -z "$program" ]; then
        echo "run-all.sh: $name was not built" >&2
        failed="$failed $name"
        continue
    fi
    # Each benchmark's own exit status counts, not the filter's.
    if QT_QPA_PLATFORM=offscreen "$program" >"$scratch/out" 2>"$scratch/err"; then
        grep -E '^[A-Za-z0-9_:.-]+ [0-9.]+ [A-Za-z/%]+$' "$scratch/out" || true
    else
        status=$?
        grep -E '^[A-Za-z0-9_:.-]+ [0-9.]+ [A-Za-z/%]+$' "$scratch/out" || true
        cat "$scratch/err" >&2
        echo "run-all.sh: $name failed (exit $status)" >&2
        failed="$failed $name"
    fi
done
if [ -n "$failed" ]; then
    echo "run-all.sh: failed:$failed" >&2
    exit 1
fi
