# Reports what a step sees of the SageMaker contract.
import errno, json, os, stat
cfg = os.environ["SM_INPUT_CONFIG_DIR"]
channel = os.environ["SM_CHANNEL_TRAIN"]


def attempt(action):
    try:
        action()
        return "ok"
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))


report = {
    "hps": json.load(open(os.path.join(cfg, "hyperparameters.json"))),
    "idc": json.load(open(os.path.join(cfg, "inputdataconfig.json"))),
    "rc": json.load(open(os.path.join(cfg, "resourceconfig.json"))),
    "env": {k: v for k, v in os.environ.items() if k.startswith(("SM_", "MLOPS_", "TRAINING_JOB_NAME"))},
    "channel_files": sorted(os.listdir(channel)),
    "channel_modes": {"dir": oct(stat.S_IMODE(os.stat(channel).st_mode)),
                      "file": oct(stat.S_IMODE(os.stat(os.path.join(channel, "data.csv")).st_mode))},
    # Input channels are read-only: neither a new file nor a change to one goes in.
    "channel_create": attempt(lambda: open(os.path.join(channel, "new.csv"), "w").close()),
    "channel_append": attempt(lambda: open(os.path.join(channel, "data.csv"), "a").close()),
    "intermediate_dir_exists": os.path.isdir(os.environ["SM_OUTPUT_INTERMEDIATE_DIR"]),
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
# A diverging value is logged without stopping the script, and not stored.
mlops_studio.log_metric("helper_metric", float("nan"))
mlops_studio.log_metric("helper_metric", float("inf"))
print("acc=0.75")
