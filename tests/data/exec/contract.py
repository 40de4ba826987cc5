# Reports what a step sees of the SageMaker contract.
import json, os
cfg = os.environ["SM_INPUT_CONFIG_DIR"]
report = {
    "hps": json.load(open(os.path.join(cfg, "hyperparameters.json"))),
    "idc": json.load(open(os.path.join(cfg, "inputdataconfig.json"))),
    "rc": json.load(open(os.path.join(cfg, "resourceconfig.json"))),
    "env": {k: v for k, v in os.environ.items() if k.startswith(("SM_", "MLOPS_", "TRAINING_JOB_NAME"))},
    "channel_files": sorted(os.listdir(os.environ["SM_CHANNEL_TRAIN"])),
    "opt_ml_model_exists": os.path.isdir("/opt/ml/model"),
}
# Input channels are read-only in containers (SageMaker mounts them so).
probe = os.path.join(os.environ["SM_CHANNEL_TRAIN"], "written-by-step")
try:
    open(probe, "w").close()
    os.remove(probe)
    report["channel_writable"] = True
except OSError:
    report["channel_writable"] = False
with open(os.path.join(os.environ["SM_MODEL_DIR"], "report.json"), "w") as f:
    json.dump(report, f)
import mlops_studio
mlops_studio.log_metric("helper_metric", 1.5)
mlops_studio.log_param("from_helper", "yes")
print("acc=0.75")
