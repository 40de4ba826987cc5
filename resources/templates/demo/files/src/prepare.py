"""Split the breast-cancer data set into stratified train and test sets.

A SageMaker-style processing script: reads the `raw` input channel and writes the
`train` and `test` outputs (MLOPS_INPUT_* / MLOPS_OUTPUT_* point at the job folder,
/opt/ml/processing/... inside a sandbox or container).
"""
import argparse
import os

import pandas as pd
from sklearn.model_selection import train_test_split

import mlops_studio


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    raw_dir = os.environ.get("MLOPS_INPUT_RAW", "/opt/ml/processing/input/raw")
    data = pd.read_csv(os.path.join(raw_dir, "breast_cancer.csv"))
    train, test = train_test_split(data, test_size=args.test_size, random_state=args.seed,
                                   stratify=data["target"])
    for name, frame in (("train", train), ("test", test)):
        out_dir = os.environ.get("MLOPS_OUTPUT_" + name.upper(), "/opt/ml/processing/output/" + name)
        frame.to_csv(os.path.join(out_dir, name + ".csv"), index=False)

    mlops_studio.log_params({"test_size": args.test_size, "seed": args.seed})
    mlops_studio.log_metrics({"rows_train": len(train), "rows_test": len(test),
                              "positive_rate_train": float(train["target"].mean())})
    print(f"split {len(data)} rows into {len(train)} train and {len(test)} test rows")


if __name__ == "__main__":
    main()
