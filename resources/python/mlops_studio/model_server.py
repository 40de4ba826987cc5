# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
"""MLOps Studio's stock model server: SageMaker's inference contract, standard library only.

    python3 -m mlops_studio.model_server serve [--model-dir DIR] [--program FILE]
                                               [--host HOST] [--port PORT]

- The model is read from ``--model-dir`` (default ``SM_MODEL_DIR`` or ``/opt/ml/model``).
- HTTP on ``--port`` (default ``SAGEMAKER_BIND_TO_PORT`` or 8080), bound to ``--host``
  (default ``SAGEMAKER_BIND_TO_HOST`` or 127.0.0.1: nothing is exposed unless asked).
- ``GET /ping``: 200 with an empty body once the model is loaded (with an
  ``X-Mlops-Server-Id`` header when ``MLOPS_SERVER_ID`` is set, so the studio knows the
  answer is its server's and not another program's on the same port).
- Bodies up to ``SAGEMAKER_MAX_PAYLOAD_IN_MB`` (default 6) with ``Content-Length`` or
  chunked; larger ones are answered with 413. ``Accept`` may list types with q-values.
- ``POST /invocations``: the body with its ``Content-Type`` and ``Accept`` goes through
  the user's handlers; ``GET /execution-parameters`` answers batch transform.
- User code: ``inference.py`` (``SAGEMAKER_PROGRAM``) from ``--program``, else
  ``<model dir>/code/``, else ``SAGEMAKER_SUBMIT_DIRECTORY``. It defines
  ``model_fn(model_dir)`` and either ``input_fn(body, content_type)``,
  ``predict_fn(data, model)``, ``output_fn(prediction, accept)`` or
  ``transform_fn(model, body, content_type, accept)``. Missing handlers fall back to
  defaults: a joblib/pickle model file, CSV or JSON rows in, JSON or CSV out.
- Errors: an unsupported content type is 415 (406 for an unsupported Accept), a body
  the handlers cannot parse (ValueError in input_fn) is 400, any other handler error
  is 500; each with the handler's message as a plain-text body.

Handlers may raise ``UnsupportedContentType``, ``UnsupportedAccept`` or ``BadRequest``
from this module (or exceptions whose class names say so) to choose the status.
"""

import argparse
import csv
import importlib.util
import io
import json
import os
import signal
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["UnsupportedContentType", "UnsupportedAccept", "BadRequest", "main"]


class UnsupportedContentType(Exception):
    """The request's Content-Type is not one the handlers read (HTTP 415)."""


class UnsupportedAccept(Exception):
    """The response type the client accepts is not one the handlers write (HTTP 406)."""


class BadRequest(ValueError):
    """The body cannot be understood (HTTP 400)."""


JSON = "application/json"
CSV = "text/csv"


# --- Default handlers --------------------------------------------------------------------

def default_model_fn(model_dir):
    """Loads the first model.joblib / *.joblib / *.pkl file in the model folder."""
    candidates = []
    for folder in (model_dir, os.path.join(model_dir, "model")):
        if not os.path.isdir(folder):
            continue
        names = sorted(os.listdir(folder))
        for preferred in ("model.joblib", "model.pkl"):
            if preferred in names:
                candidates.append(os.path.join(folder, preferred))
        candidates += [os.path.join(folder, n) for n in names
                       if n.endswith((".joblib", ".pkl", ".pickle"))]
    if not candidates:
        raise RuntimeError("no inference.py and no model file (*.joblib, *.pkl) in %s" % model_dir)
    path = candidates[0]
    if path.endswith(".joblib"):
        import joblib
        return joblib.load(path)
    import pickle
    with open(path, "rb") as handle:
        return pickle.load(handle)


def _number(text):
    try:
        return float(text)
    except ValueError:
        raise BadRequest("not a number: %r" % text) from None


def parse_csv_rows(text):
    """CSV text → list of rows of floats; a first line that is not numeric is a header."""
    rows = [row for row in csv.reader(io.StringIO(text)) if row and any(c.strip() for c in row)]
    if not rows:
        raise BadRequest("the CSV body has no rows")
    header = None
    try:
        [float(c) for c in rows[0]]
    except ValueError:
        header, rows = [c.strip() for c in rows[0]], rows[1:]
        if not rows:
            raise BadRequest("the CSV body has a header but no rows")
    width = len(rows[0])
    for number, row in enumerate(rows, start=2 if header else 1):
        if len(row) != width:
            raise BadRequest("CSV line %d has %d values, the first row has %d" % (number, len(row), width))
    return header, [[_number(c.strip()) for c in row] for row in rows]


def default_input_fn(body, content_type):
    text = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body
    if content_type == CSV:
        return parse_csv_rows(text)[1]
    if content_type == JSON:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise BadRequest("invalid JSON: %s" % error) from None
        if isinstance(data, dict):
            data = data.get("instances", data.get("inputs", data.get("data")))
        if not isinstance(data, list) or not data:
            raise BadRequest('expected a non-empty list of rows or {"instances": [...]}')
        return data
    raise UnsupportedContentType("unsupported content type %r (use text/csv or application/json)" % content_type)


def default_predict_fn(data, model):
    return model.predict(data)


def _plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def default_output_fn(prediction, accept):
    prediction = _plain(prediction)
    if accept == JSON:
        return json.dumps({"predictions": prediction}), JSON
    if accept == CSV:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for row in prediction if isinstance(prediction, list) else [prediction]:
            writer.writerow(row if isinstance(row, list) else [row])
        return out.getvalue(), CSV
    raise UnsupportedAccept("unsupported accept type %r (use application/json or text/csv)" % accept)


# --- Loading the user's code ----------------------------------------------------------------

def find_program(model_dir, program):
    name = program or os.environ.get("SAGEMAKER_PROGRAM") or "inference.py"
    if os.path.isabs(name):
        return name if os.path.isfile(name) else None
    for folder in (os.path.join(model_dir, "code"), os.environ.get("SAGEMAKER_SUBMIT_DIRECTORY"), model_dir):
        if folder and os.path.isfile(os.path.join(folder, name)):
            return os.path.join(folder, name)
    if program:
        return program if os.path.isfile(program) else None
    return None


def load_user_module(path):
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location("inference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["inference"] = module
    spec.loader.exec_module(module)
    return module


class Handlers:
    """The handler functions in use: the user's where defined, the defaults elsewhere."""

    def __init__(self, module):
        get = (lambda name: getattr(module, name, None)) if module else (lambda name: None)
        self.model_fn = get("model_fn") or default_model_fn
        self.transform_fn = get("transform_fn")
        self.input_fn = get("input_fn") or default_input_fn
        self.predict_fn = get("predict_fn") or default_predict_fn
        self.output_fn = get("output_fn") or default_output_fn


def _status_for(error, stage):
    name = type(error).__name__
    if isinstance(error, UnsupportedContentType) or "UnsupportedContentType" in name \
            or "UnsupportedFormat" in name or "UnsupportedMediaType" in name:
        return 415
    if isinstance(error, UnsupportedAccept) or "UnsupportedAccept" in name or "NotAcceptable" in name:
        return 406
    if isinstance(error, BadRequest) or "BadRequest" in name:
        return 400
    if stage == "input" and isinstance(error, (ValueError, UnicodeDecodeError, KeyError, TypeError)):
        return 400
    return 500


class ModelService:
    def __init__(self, model_dir, program):
        self.model_dir = model_dir
        self.program = find_program(model_dir, program)
        if program and not self.program:
            raise RuntimeError("inference code not found: %s" % program)
        module = load_user_module(self.program) if self.program else None
        self.handlers = Handlers(module)
        self.model = self.handlers.model_fn(model_dir)
        self.default_accept = os.environ.get("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", JSON)

    def invoke(self, body, content_type, accept):
        """Returns (status, payload bytes, content type)."""
        h = self.handlers
        stage = "input"
        try:
            if h.transform_fn:
                stage = "transform"
                result = h.transform_fn(self.model, body, content_type, accept)
            else:
                data = h.input_fn(body, content_type)
                stage = "predict"
                prediction = h.predict_fn(data, self.model)
                stage = "output"
                result = h.output_fn(prediction, accept)
        except Exception as error:  # the handler's message goes back to the client
            status = _status_for(error, stage)
            if status == 500:
                traceback.print_exc(file=sys.stderr)
            message = str(error) or type(error).__name__
            return status, message.encode("utf-8"), "text/plain; charset=utf-8"
        payload, out_type = result if isinstance(result, tuple) else (result, accept)
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        elif not isinstance(payload, (bytes, bytearray)):
            payload = json.dumps(_plain(payload)).encode("utf-8")
        return 200, bytes(payload), out_type or accept


def _media_type(header, default):
    value = (header or "").split(";")[0].strip().lower()
    return value or default


SUPPORTED_ACCEPT = (JSON, CSV)


def choose_accept(header, default):
    """The response type for an Accept header: the best supported type by q-value.

    ``application/json, text/csv;q=0.5`` gives JSON; ``text/csv, */*;q=0.1`` gives CSV;
    ``*/*`` (or no header) gives ``default``. When no listed type is supported, the
    first listed one is returned, so output_fn answers 406 naming it.
    """
    if not header or not header.strip():
        return default
    ranges = []
    for position, item in enumerate(header.split(",")):
        fields = [f.strip() for f in item.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, position))
    if not ranges:
        return default
    supported = [default] + [t for t in SUPPORTED_ACCEPT if t != default]

    def quality_of(media_type):
        best = None  # (specificity, quality): the most specific matching range decides
        for media, quality, _ in ranges:
            if media == media_type:
                specificity = 2
            elif media.endswith("/*") and media_type.startswith(media[:-1]):
                specificity = 1
            elif media == "*/*" or media == "*":
                specificity = 0
            else:
                continue
            if best is None or specificity > best[0]:
                best = (specificity, quality)
        return best[1] if best else 0.0

    explicit = [media for media, quality, _ in ranges if quality > 0 and "*" not in media]
    candidates = []
    for rank, media_type in enumerate(supported):
        quality = quality_of(media_type)
        if quality > 0:
            # Higher quality first; at equal quality the order the client listed, then ours.
            order = explicit.index(media_type) if media_type in explicit else len(explicit) + rank
            candidates.append((-quality, order, media_type))
    if candidates:
        return min(candidates)[2]
    # Nothing supported: name what the client wanted (the user's output_fn may know it).
    wanted = sorted((r for r in ranges if r[1] > 0), key=lambda r: (-r[1], r[2]))
    return wanted[0][0] if wanted else ranges[0][0]


class PayloadTooLarge(Exception):
    """A chunked body grew past the payload limit."""


def drain(stream, length, block=1 << 16):
    """Reads and discards `length` bytes of a request body."""
    while length > 0:
        data = stream.read(min(block, length))
        if not data:
            return
        length -= len(data)


def read_chunked(stream, limit):
    """Decodes a chunked request body (RFC 9112 §7.1); PayloadTooLarge past `limit` bytes."""
    body = bytearray()
    while True:
        line = stream.readline(1024)
        if not line.endswith(b"\n"):
            raise ValueError("chunk size line missing or too long")
        size_text = line.split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise ValueError("bad chunk size %r" % size_text.decode("latin-1")) from None
        if size == 0:
            # Trailer fields, up to the empty line.
            while True:
                trailer = stream.readline(8192)
                if trailer in (b"\r\n", b"\n", b""):
                    return bytes(body)
        if len(body) + size > limit:
            raise PayloadTooLarge()
        chunk = stream.read(size)
        if len(chunk) != size:
            raise ValueError("the body ends inside a chunk")
        body += chunk
        if stream.readline(3) not in (b"\r\n", b"\n"):
            raise ValueError("a chunk is not followed by CRLF")


def make_handler(service, max_payload):
    server_id = os.environ.get("MLOPS_SERVER_ID", "")
    server_id_headers = [("X-Mlops-Server-Id", server_id)] if server_id else []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "mlops-model-server/0.1"

        def log_message(self, fmt, *args):
            sys.stderr.write("%s %s\n" % (time.strftime("%H:%M:%S"), fmt % args))

        def _send(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=()):
            self.send_response(status)
            if body or status != 200:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self):
            path = self.path.split("?")[0]
            if path == "/ping":
                self._send(200, headers=server_id_headers)
            elif path == "/execution-parameters":
                body = json.dumps({"MaxConcurrentTransforms": 1, "BatchStrategy": "MULTI_RECORD",
                                   "MaxPayloadInMB": max_payload // (1024 * 1024)}).encode()
                self._send(200, body, JSON)
            else:
                self._send(404, b"not found: use GET /ping or POST /invocations")

        def do_POST(self):
            if self.path.split("?")[0] != "/invocations":
                self._send(404, b"not found: use POST /invocations")
                return
            too_large = ("payload larger than %d MB" % (max_payload // (1024 * 1024))).encode()
            chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
            if chunked:
                try:
                    body = read_chunked(self.rfile, max_payload)
                except PayloadTooLarge:
                    self.close_connection = True
                    self._send(413, too_large)
                    return
                except ValueError as error:
                    self.close_connection = True
                    self._send(400, ("bad chunked body: %s" % error).encode())
                    return
            else:
                try:
                    length = int(self.headers.get("Content-Length", "0"))
                except ValueError:
                    self.close_connection = True
                    self._send(400, b"bad Content-Length")
                    return
                if length > max_payload:
                    # Read what the client sends before answering: closing on an unread
                    # body resets the connection, and the client never sees the 413.
                    drain(self.rfile, length)
                    self.close_connection = True
                    self._send(413, too_large)
                    return
                body = self.rfile.read(length) if length > 0 else b""
            if not body:
                self._send(400, b"empty request body")
                return
            content_type = _media_type(self.headers.get("Content-Type"), JSON)
            accept = choose_accept(self.headers.get("Accept"), service.default_accept)
            status, payload, out_type = service.invoke(body, content_type, accept)
            self._send(status, payload, out_type)

    return Handler


def serve(args):
    model_dir = args.model_dir or os.environ.get("SM_MODEL_DIR") or "/opt/ml/model"
    host = args.host or os.environ.get("SAGEMAKER_BIND_TO_HOST") or "127.0.0.1"
    port = args.port if args.port is not None else int(os.environ.get("SAGEMAKER_BIND_TO_PORT", "8080"))
    max_payload = int(float(os.environ.get("SAGEMAKER_MAX_PAYLOAD_IN_MB", "6")) * 1024 * 1024)
    if not os.path.isdir(model_dir):
        print("model_server: model folder not found: %s" % model_dir, file=sys.stderr)
        return 2
    try:
        service = ModelService(model_dir, args.program)
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        print("model_server: cannot load the model from %s: %s" % (model_dir, error), file=sys.stderr)
        return 1
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.allow_reuse_address = True
    try:
        server = ThreadingHTTPServer((host, port), make_handler(service, max_payload))
    except OSError as error:
        print("model_server: cannot listen on %s:%d: %s" % (host, port, error), file=sys.stderr)
        return 1

    def stop(signum, frame):
        # shutdown() waits for serve_forever(), so call it from another thread.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("model_server: serving %s (code: %s) on http://%s:%d" % (
        model_dir, service.program or "default handlers", host, server.server_address[1]),
        file=sys.stderr, flush=True)
    server.serve_forever(poll_interval=0.2)
    server.server_close()
    print("model_server: stopped", file=sys.stderr, flush=True)
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m mlops_studio.model_server",
                                     description="SageMaker-compatible model server")
    parser.add_argument("command", choices=["serve"], help="start serving (SageMaker's contract)")
    parser.add_argument("--model-dir", help="model folder (default $SM_MODEL_DIR or /opt/ml/model)")
    parser.add_argument("--program", help="inference code (default $SAGEMAKER_PROGRAM or inference.py)")
    parser.add_argument("--host", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default $SAGEMAKER_BIND_TO_PORT or 8080)")
    return serve(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
