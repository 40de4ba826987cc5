import os
open(os.path.join(os.environ["MLOPS_OUTPUT_OUT"], "a.txt"), "w").write("a")
