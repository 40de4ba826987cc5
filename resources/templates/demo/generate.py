# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
"""Writes the demo data set into a new workspace: data/breast_cancer.csv.

The Breast Cancer Wisconsin (Diagnostic) data set that scikit-learn ships (569 rows,
30 features), read offline from the python3-sklearn package, with a header of
snake_case feature names and a final `target` column (0 = malignant, 1 = benign).
Usage: python3 generate.py WORKSPACE_DIR
"""
import csv
import os
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: generate.py WORKSPACE_DIR", file=sys.stderr)
        return 2
    try:
        from sklearn.datasets import load_breast_cancer
    except ImportError as error:
        print(f"scikit-learn is not available to {sys.executable}: {error}. "
              "Install it with: apt install python3-sklearn", file=sys.stderr)
        return 1
    data = load_breast_cancer()
    names = [name.strip().replace(" ", "_") for name in data.feature_names]
    out_dir = os.path.join(sys.argv[1], "data")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "breast_cancer.csv")
    tmp = path + ".tmp"
    with open(tmp, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(names + ["target"])
        for row, target in zip(data.data, data.target):
            writer.writerow([repr(float(value)) for value in row] + [int(target)])
    os.replace(tmp, path)
    print(f"wrote {len(data.target)} rows x {len(names)} features to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
