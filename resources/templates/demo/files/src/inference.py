"""Inference handlers for the demo's breast-cancer classifier (SageMaker's contract).

`mlops serve RUN` (or any SageMaker-style model server) loads this file and calls:
  model_fn(model_dir)             the model.joblib and metadata.json that src/train.py wrote
  input_fn(body, content_type)    text/csv rows of the 30 features (header optional), or
                                  application/json: {"instances": [[...], ...]}, a list of
                                  rows, or a list of objects keyed by feature name
  predict_fn(rows, model)         class indices (0 = malignant, 1 = benign) and probabilities
  output_fn(prediction, accept)   application/json or text/csv

Try it:
  mlops serve <run id> --port 8080
  mlops invoke http://127.0.0.1:8080/invocations --content-type text/csv \
      --body "$(sed -n 2p data/breast_cancer.csv | cut -d, -f1-30)"
"""
import csv
import io
import json
import os

import joblib
import numpy as np


# The model's feature order, known once model_fn ran (before any request).
_features = []


class UnsupportedContentType(Exception):
    """Answered with HTTP 415."""


class UnsupportedAccept(Exception):
    """Answered with HTTP 406."""


def model_fn(model_dir):
    global _features
    for folder in (model_dir, os.path.join(model_dir, "model")):
        path = os.path.join(folder, "model.joblib")
        if os.path.isfile(path):
            break
    else:
        raise FileNotFoundError("model.joblib not found in %s" % model_dir)
    metadata = {}
    meta_path = os.path.join(os.path.dirname(path), "metadata.json")
    if os.path.isfile(meta_path):
        with open(meta_path, encoding="utf-8") as handle:
            metadata = json.load(handle)
    model = joblib.load(path)
    features = metadata.get("features") or list(getattr(model, "feature_names_in_", []))
    classes = metadata.get("classes") or ["malignant", "benign"]
    _features = features
    return {"model": model, "features": features, "classes": classes}


def _rows_from_csv(text, features):
    rows = [row for row in csv.reader(io.StringIO(text)) if row and any(c.strip() for c in row)]
    if not rows:
        raise ValueError("the CSV body has no rows")
    first = [c.strip() for c in rows[0]]
    try:
        [float(c) for c in first]
    except ValueError:
        # A header: reorder the columns to the model's feature order.
        missing = [f for f in features if f not in first]
        if features and missing:
            raise ValueError("CSV header lacks feature(s): %s" % ", ".join(missing[:5]))
        order = [first.index(f) for f in features] if features else list(range(len(first)))
        rows = [[row[i] for i in order] for row in rows[1:]]
        if not rows:
            raise ValueError("the CSV body has a header but no rows")
    return rows


def _rows_from_json(text, features):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError("invalid JSON: %s" % error) from None
    if isinstance(data, dict):
        data = data.get("instances", data.get("inputs"))
    if not isinstance(data, list) or not data:
        raise ValueError('expected {"instances": [[...], ...]}, a list of rows or a list of objects')
    if isinstance(data[0], (int, float)):
        data = [data]  # a single row
    rows = []
    for number, item in enumerate(data, start=1):
        if isinstance(item, dict):
            missing = [f for f in features if f not in item]
            if missing:
                raise ValueError("object %d lacks feature(s): %s" % (number, ", ".join(missing[:5])))
            rows.append([item[f] for f in features])
        elif isinstance(item, list):
            rows.append(item)
        else:
            raise ValueError("row %d is neither a list nor an object" % number)
    return rows


def input_fn(body, content_type):
    text = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body
    content_type = (content_type or "").split(";")[0].strip()
    features = _features
    if content_type == "text/csv":
        rows = _rows_from_csv(text, features)
    elif content_type == "application/json":
        rows = _rows_from_json(text, features)
    else:
        raise UnsupportedContentType(
            "unsupported content type %r: send text/csv or application/json" % content_type)
    try:
        matrix = np.asarray(rows, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("every value must be a number") from None
    expected = len(features) if features else matrix.shape[1]
    if matrix.ndim != 2 or matrix.shape[1] != expected:
        raise ValueError("each row needs %d feature values, got %d" % (
            expected, matrix.shape[1] if matrix.ndim == 2 else 0))
    if not np.isfinite(matrix).all():
        raise ValueError("the rows contain missing or infinite values")
    return matrix


def predict_fn(data, model):
    estimator = model["model"]
    if model["features"] and hasattr(estimator, "feature_names_in_"):
        import pandas as pd
        data = pd.DataFrame(data, columns=model["features"])
    labels = estimator.predict(data)
    probabilities = estimator.predict_proba(data) if hasattr(estimator, "predict_proba") else None
    return {"predictions": [int(v) for v in labels],
            "probabilities": None if probabilities is None else probabilities.tolist(),
            "classes": model["classes"]}


def output_fn(prediction, accept):
    accept = (accept or "application/json").split(";")[0].strip()
    if accept in ("application/json", "*/*"):
        labels = [prediction["classes"][p] if p < len(prediction["classes"]) else str(p)
                  for p in prediction["predictions"]]
        result = dict(prediction, labels=labels)
        return json.dumps(result), "application/json"
    if accept == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        probabilities = prediction["probabilities"] or [[] for _ in prediction["predictions"]]
        for label, probs in zip(prediction["predictions"], probabilities):
            writer.writerow([label] + ["%.6f" % p for p in probs])
        return out.getvalue(), "text/csv"
    raise UnsupportedAccept("unsupported accept type %r: use application/json or text/csv" % accept)
