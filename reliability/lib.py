"""Helpers of the reliability suite: start the packaged service (dev/serve), call it, mint tokens."""
import http.client
import json
import os
import signal
import socket
import subprocess
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
SERVE = os.path.join(ROOT, "dev/serve")
WORK = os.environ.get("WORK", "/tmp")
KEYS = os.path.join(WORK, "keys")
ISSUER = "https://issuer.reliability.invalid"


def token(subject, role, **claims):
    args = [os.path.join(ROOT, "bench/token.sh"), "sign", KEYS, subject, role] + [f"{k}={v}" for k, v in claims.items()]
    return subprocess.run(args, check=True, capture_output=True, text=True,
                          env=dict(os.environ, JWT_ISSUER=ISSUER)).stdout.strip()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def keys():
    if not os.path.exists(os.path.join(KEYS, "public.pem")):
        subprocess.run([os.path.join(ROOT, "bench/token.sh"), "keys", KEYS], check=True)


class App:
    """One instance of the packaged service, started by dev/serve (its process is the JVM itself)."""

    def __init__(self, port, db_url, log, heap="256m", **env):
        keys()
        self.port = port
        self.management = free_port()
        variables = dict(PORT=port, MANAGEMENT_PORT=self.management, DB_URL=db_url,
                         JWT_PUBLIC_KEY_LOCATION="file:" + os.path.join(KEYS, "public.pem"), JWT_ISSUER=ISSUER)
        variables.update(env)
        self.started = time.time()
        self.log = log
        self.process = subprocess.Popen([SERVE, "exec", "--jar", JAR, "--java", "-Xmx" + heap]
                                        + [f"{k}={v}" for k, v in variables.items()],
                                        stdout=open(log, "w"), stderr=subprocess.STDOUT)

    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def management_url(self):
        """Health and metrics: the management port, as the pod's probes and Prometheus use it."""
        return f"http://127.0.0.1:{self.management}"

    def ready(self):
        return ready(self.management_url())

    def database_up(self):
        """What the management port says of PostgreSQL (not part of readiness)."""
        try:
            return call(self.management_url(), "GET", "/q/health/well", timeout=3)[0] == 200
        except OSError:
            return False

    def wait_ready(self, timeout=120):
        waited = subprocess.run([SERVE, "wait", "--timeout", str(timeout), self.management_url(),
                                 str(self.process.pid), self.log], capture_output=True, text=True)
        if waited.returncode != 0:
            raise RuntimeError(f"instance on {self.port}: {waited.stderr}")
        return time.time() - self.started

    def rss_kb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            return int(next(l for l in f if l.startswith("VmRSS")).split()[1])

    def heap_kb(self):
        out = subprocess.run(["jstat", "-gc", str(self.process.pid)], capture_output=True, text=True).stdout.split("\n")
        names, values = out[0].split(), [float(v) for v in out[1].split()]
        row = dict(zip(names, values))
        return row["S0U"] + row["S1U"] + row["EU"] + row["OU"]

    def stop(self, sig=signal.SIGTERM):
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=60)


def ready(management_base):
    try:
        return call(management_base, "GET", "/q/health/ready", timeout=2)[0] == 200
    except OSError:
        return False


_connections = {}


def call(base, method, path, body=None, headers=None, timeout=10, keep=False):
    """One request; returns (status, parsed JSON or text, headers). Raises OSError on connection failures."""
    parsed = urllib.parse.urlparse(base)
    key = (parsed.port, id(keep)) if keep else None
    connection = _connections.get(key) if keep else None
    if connection is None:
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
    all_headers = {"Accept": "application/json"}
    if body is not None:
        all_headers["Content-Type"] = "application/json"
    all_headers.update(headers or {})
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=all_headers)
        response = connection.getresponse()
        data = response.read()
    except (OSError, http.client.HTTPException) as e:
        connection.close()
        if keep:
            _connections.pop(key, None)
        raise OSError(str(e)) from e
    if keep:
        _connections[key] = connection
    else:
        connection.close()
    text = data.decode("utf-8", "replace")
    try:
        parsed_body = json.loads(text) if text else None
    except ValueError:
        parsed_body = text
    return response.status, parsed_body, dict(response.getheaders())


def rpps(n):
    """A valid RPPS number (Luhn) from a counter."""
    body = "2" + str(n).zfill(9)
    for check in range(10):
        candidate = body + str(check)
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise ValueError(n)


def contract_body(number, signed_on="2025-03-01"):
    return {"asOf": signed_on, "rpps": rpps(number), "cpamCode": "751", "specialty": "MEDECINE_GENERALE", "sector": "1",
            "patientsMt": 1200, "patientsFileActive": 1800, "option": "HALF_TIME",
            "objectiveTargets": {"patientsMt": 1300, "patientsFileActive": 1900}}


SIMULATION = {"asOf": "2026-12-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1250,
              "patientsFileActive": 1800, "percentileBand": "P50_P70"}
