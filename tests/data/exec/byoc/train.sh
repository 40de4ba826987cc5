#!/bin/sh
# Reads SageMaker's hyperparameters and writes a "model" where SageMaker expects it.
set -e
echo "trained with $(cat /opt/ml/input/config/hyperparameters.json | tr -d ' \n')" > /opt/ml/model/model.txt
echo "byoc accuracy=0.5"
