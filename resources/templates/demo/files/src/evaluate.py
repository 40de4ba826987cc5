"""Score the trained model on the held-out test set.

Writes evaluation/evaluation.json, which the pipeline's gate reads as the `report`
property (${steps.evaluate.properties.report.accuracy}).
"""
import json
import os

import joblib
import pandas as pd
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, precision_score,
                             recall_score, roc_auc_score)

import mlops_studio


def main():
    model = joblib.load(os.path.join(os.environ["MLOPS_INPUT_MODEL"], "model.joblib"))
    test = pd.read_csv(os.path.join(os.environ["MLOPS_INPUT_TEST"], "test.csv"))
    x, y = test.drop(columns=["target"]), test["target"]
    predicted = model.predict(x)
    probability = model.predict_proba(x)[:, 1]
    report = {
        "accuracy": accuracy_score(y, predicted),
        "roc_auc": roc_auc_score(y, probability),
        "precision": precision_score(y, predicted),
        "recall": recall_score(y, predicted),
        "f1": f1_score(y, predicted),
        "confusion_matrix": confusion_matrix(y, predicted).tolist(),
        "rows": len(test),
    }
    out_dir = os.environ.get("MLOPS_OUTPUT_EVALUATION", "/opt/ml/processing/output/evaluation")
    with open(os.path.join(out_dir, "evaluation.json"), "w") as handle:
        json.dump(report, handle, indent=2)
    mlops_studio.log_metrics({k: v for k, v in report.items() if isinstance(v, float)})
    print("accuracy=%.4f roc_auc=%.4f" % (report["accuracy"], report["roc_auc"]))


if __name__ == "__main__":
    main()
