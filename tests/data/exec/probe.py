# Records the peak number of steps running at the same moment.
import fcntl, os, time
d = os.environ["MLOPS_TEST_SCRATCH"]
def change(delta):
    with open(os.path.join(d, "lock"), "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = os.path.join(d, "now")
        now = int(open(path).read() or 0) if os.path.exists(path) else 0
        now += delta
        open(path, "w").write(str(now))
        peak_path = os.path.join(d, "peak")
        peak = int(open(peak_path).read()) if os.path.exists(peak_path) else 0
        open(peak_path, "w").write(str(max(peak, now)))
change(1)
time.sleep(0.4)
change(-1)
