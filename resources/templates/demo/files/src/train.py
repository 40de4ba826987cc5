"""Train a gradient-boosted classifier — a SageMaker-style training script.

Hyperparameters come from /opt/ml/input/config/hyperparameters.json (as SM_HPS), the
data from the `train` channel (SM_CHANNEL_TRAIN), and the model goes to SM_MODEL_DIR.
Per-iteration metrics are logged with the mlops_studio helper and charted live.
"""
import json
import os

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, log_loss

import mlops_studio


def main():
    hps = json.loads(os.environ.get("SM_HPS", "{}"))
    n_estimators = int(hps.get("n_estimators", 100))
    max_depth = int(hps.get("max_depth", 3))
    learning_rate = float(hps.get("learning_rate", 0.1))

    train_dir = os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train")
    data = pd.read_csv(os.path.join(train_dir, "train.csv"))
    features = [c for c in data.columns if c != "target"]
    x, y = data[features], data["target"]

    model = GradientBoostingClassifier(n_estimators=n_estimators, max_depth=max_depth,
                                       learning_rate=learning_rate, random_state=0)
    model.fit(x, y)
    # The learning curve, one point per boosting stage.
    for stage, proba in enumerate(model.staged_predict_proba(x)):
        mlops_studio.log_metric("train:log_loss", log_loss(y, proba), step=stage)
    accuracy = accuracy_score(y, model.predict(x))
    print(f"train accuracy={accuracy:.4f}")

    model_dir = os.environ.get("SM_MODEL_DIR", "/opt/ml/model")
    joblib.dump(model, os.path.join(model_dir, "model.joblib"))
    with open(os.path.join(model_dir, "metadata.json"), "w") as handle:
        json.dump({"features": features, "target": "target", "classes": ["malignant", "benign"],
                   "algorithm": "GradientBoostingClassifier",
                   "hyperparameters": {"n_estimators": n_estimators, "max_depth": max_depth,
                                       "learning_rate": learning_rate}}, handle, indent=2)


if __name__ == "__main__":
    main()
