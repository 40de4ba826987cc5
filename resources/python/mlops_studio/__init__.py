# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
"""Log metrics and parameters to MLOps Studio from pipeline steps and notebooks.

Standard library only. Inside a step, the studio sets ``MLOPS_METRICS_FILE`` and puts
this package on ``PYTHONPATH``; each call appends one JSON line to that file, which the
studio reads into its store while the step runs. Inside a Jupyter kernel started by the
studio, values are also published as display data so the notebook can chart them live.
Outside the studio, values are printed to stderr so nothing is silently lost.

    import mlops_studio
    mlops_studio.log_param("n_estimators", 200)
    for epoch in range(10):
        mlops_studio.log_metric("train:loss", loss, step=epoch)
    mlops_studio.log_metrics({"accuracy": 0.97, "roc_auc": 0.99})
"""

import json
import math
import os
import sys
import threading
import time

__all__ = ["log_metric", "log_metrics", "log_param", "log_params", "MIME_TYPE"]
__version__ = "0.1.0"

#: The MIME type of the display data a notebook kernel publishes for each value.
MIME_TYPE = "application/vnd.mlops.metrics+json"

_lock = threading.Lock()
_next_step = {}
_handle = None
_handle_path = None
_warned_not_finite = set()


def _metrics_file():
    global _handle, _handle_path
    path = os.environ.get("MLOPS_METRICS_FILE")
    if not path:
        return None
    if _handle is None or _handle_path != path:
        # Line-buffered append: every record reaches the file as soon as it is logged.
        _handle = open(path, "a", buffering=1, encoding="utf-8")
        _handle_path = path
    return _handle


def _publish(record):
    """Send a record to the notebook front end, when running inside a kernel."""
    if "ipykernel" not in sys.modules:
        return False
    try:
        from IPython.display import display  # provided by ipykernel
    except ImportError:
        return False
    display({MIME_TYPE: record, "text/plain": _describe(record)}, raw=True)
    return True


def _describe(record):
    if record["type"] == "metric":
        value = record["value"]
        return "%s = %s (step %d)" % (record["name"], value if isinstance(value, str) else repr(value),
                                      record["step"])
    return "%s = %s" % (record["name"], record["value"])


def _emit(record):
    handle = _metrics_file()
    published = _publish(record)
    if handle is not None:
        handle.write(json.dumps(record, separators=(",", ":")) + "\n")
    elif not published:
        print("mlops_studio: " + _describe(record), file=sys.stderr)


def _check_name(name):
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a metric or parameter name must be a non-empty string, not %r" % (name,))
    if len(name) > 250:
        raise ValueError("name is longer than 250 characters: %r..." % name[:40])
    return name


def _json_number(number):
    """JSON has no NaN or infinity: they are written as the strings Python's json module
    uses ("NaN", "Infinity", "-Infinity"), which the studio reads as values it does not chart."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return number


def _warn_not_finite(name, number, step):
    # Once per metric: a diverging loss would otherwise print a warning every step.
    if name in _warned_not_finite:
        return
    _warned_not_finite.add(name)
    print("mlops_studio: warning: metric %r is %r at step %d; the studio keeps it in the metrics "
          "file but cannot chart it (later non-finite values of %r are not reported)"
          % (name, number, step, name), file=sys.stderr, flush=True)


def _check_step(name, step):
    """A step is a whole number (5, 5.0 or a NumPy integer); 1.5, "3" or NaN is a mistake
    the script should hear about, not a value to round or a line the studio drops."""
    try:
        whole = int(step)
    except (TypeError, ValueError, OverflowError):
        whole = None
    if whole is None or isinstance(step, str) or whole != step or not -2**63 <= whole < 2**63:
        raise TypeError("step of metric %r must be a whole number, not %r" % (name, step))
    return whole


def log_metric(name, value, step=None):
    """Record one value of a metric. Without ``step``, steps count 0, 1, 2… per name.

    NaN and infinite values (a diverging loss) never raise: they are recorded as
    "NaN"/"Infinity"/"-Infinity", left out of the charts, with a warning on stderr.
    """
    _check_name(name)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TypeError("metric %r needs a number, not %r" % (name, value)) from None
    if step is not None:
        step = _check_step(name, step)
    with _lock:
        if step is None:
            step = _next_step.get(name, 0)
        _next_step[name] = step + 1
        if not math.isfinite(number):
            _warn_not_finite(name, number, step)
        _emit({"type": "metric", "name": name, "value": _json_number(number), "step": step,
               "timestamp": int(time.time() * 1000)})


def log_metrics(metrics, step=None):
    """Record several metrics at once: ``log_metrics({"loss": 0.3, "acc": 0.9}, step=5)``."""
    for name, value in dict(metrics).items():
        log_metric(name, value, step)


def log_param(name, value):
    """Record a parameter of the run (stored as text)."""
    _check_name(name)
    with _lock:
        _emit({"type": "param", "name": name, "value": str(value),
               "timestamp": int(time.time() * 1000)})


def log_params(params):
    """Record several parameters at once."""
    for name, value in dict(params).items():
        log_param(name, value)
