# A script written for SageMaker: no environment variables, only /opt/ml.
import json
hps = json.load(open("/opt/ml/input/config/hyperparameters.json"))
rows = open("/opt/ml/input/data/train/input.csv").read().splitlines()
open("/opt/ml/model/model.txt", "w").write("%s rows, depth %s" % (len(rows), hps["depth"]))
