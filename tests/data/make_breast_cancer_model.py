# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
"""Writes a model folder as the demo pipeline's training step does, for the serving tests.

    /usr/bin/python3 make_breast_cancer_model.py OUT_DIR

OUT_DIR/model.joblib     a scikit-learn pipeline (scaler + logistic regression) trained
                         on the breast-cancer data with feature names
OUT_DIR/metadata.json    {"features": [...30 names...], "target": "target",
                          "classes": ["malignant", "benign"]}
OUT_DIR/../rows.csv      the first 20 rows' features, with a header
OUT_DIR/../expected.json the model's own predictions for those rows
"""
import json
import os
import sys

import joblib
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    data = load_breast_cancer()
    names = [name.strip().replace(" ", "_") for name in data.feature_names]
    frame = pd.DataFrame(data.data, columns=names)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500))
    model.fit(frame, data.target)
    joblib.dump(model, os.path.join(out, "model.joblib"))
    with open(os.path.join(out, "metadata.json"), "w") as handle:
        json.dump({"features": names, "target": "target", "classes": ["malignant", "benign"]}, handle)
    rows = frame.iloc[:20]
    parent = os.path.dirname(os.path.abspath(out))
    rows.to_csv(os.path.join(parent, "rows.csv"), index=False, float_format="%r")
    with open(os.path.join(parent, "expected.json"), "w") as handle:
        json.dump({"predictions": [int(v) for v in model.predict(rows)]}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
