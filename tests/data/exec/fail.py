import os, sys
with open(os.path.join(os.environ["SM_OUTPUT_DIR"], "failure"), "w") as f:
    f.write("bad data: 42 rows have no label\n" + "x" * 3000)
sys.exit(3)
