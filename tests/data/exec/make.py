import os
with open(os.path.join(os.environ["MLOPS_OUTPUT_TRAIN"], "data.csv"), "w") as f:
    f.write("x,y\n1,2\n")
