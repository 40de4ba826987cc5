import json, os
with open(os.path.join(os.environ["MLOPS_OUTPUT_EVAL"], "r.json"), "w") as f:
    json.dump({"accuracy": 0.93, "nested": {"ok": True}}, f)
