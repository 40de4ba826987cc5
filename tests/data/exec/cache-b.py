import os
text = open(os.path.join(os.environ["MLOPS_INPUT_IN"], "a.txt")).read()
open(os.path.join(os.environ["SM_MODEL_DIR"], "m.txt"), "w").write(text + os.environ["SM_HP_K"])
