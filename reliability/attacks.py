#!/usr/bin/env python3
"""The attack classes of hostile input against the packaged service with the pod's heap (-Xmx288m):
a decimal with a huge exponent, a batch with a 100 MB line, a date out of range inside a long batch,
addresses made up in X-Forwarded-For, database connections killed during writes, texts the database
cannot keep, the page's own call behind TLS. Prints a JSON document for report.py.
Usage: attacks.py <db_url> <psql database name>"""
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time

from lib import App, call, contract_body, free_port, token

DB_URL, DB_NAME = sys.argv[1], sys.argv[2]
POD_LIMIT_MIB = 640
results = {}


def timed(base, body, path="/api/v1/eligibility", headers=None):
    start = time.perf_counter()
    status, answer, _ = call(base, "POST", path, body, headers)
    return status, (time.perf_counter() - start) * 1000, answer


def batch(port, chunks, token_value, rss, content_type="application/x-ndjson"):
    """Streams a batch body (chunked) from one thread while this one reads the answer, as a client
    of a streamed batch must; returns the status and the answer lines."""
    import socket
    sock = socket.create_connection(("127.0.0.1", port), timeout=600)
    head = ("POST /api/v1/simulations/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: %s\r\n"
            "Accept: application/x-ndjson\r\nAuthorization: Bearer %s\r\nTransfer-Encoding: chunked\r\n"
            "Connection: close\r\n\r\n" % (content_type, token_value)).encode()

    def send():
        try:
            sock.sendall(head)
            for chunk in chunks:
                sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may answer and close first

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    data = bytearray()
    while True:
        block = sock.recv(1 << 16)
        if not block:
            break
        data += block
    sender.join(timeout=10)
    sock.close()
    header, _, body = bytes(data).partition(b"\r\n\r\n")
    status = int(header.split(b" ", 2)[1])
    if b"chunked" in header.lower():
        out, rest = bytearray(), body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                break
            out += rest[:size]
            rest = rest[size + 2:]
        body = bytes(out)
    return status, body.decode("utf-8").splitlines()


class RssSampler(threading.Thread):
    def __init__(self, app):
        super().__init__(daemon=True)
        self.app, self.max_kb, self.running = app, 0, True

    def run(self):
        while self.running:
            try:
                self.max_kb = max(self.max_kb, self.app.rss_kb())
            except (OSError, StopIteration):
                pass
            time.sleep(0.05)


GOOD = json.dumps({"asOf": "2025-03-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1000,
                   "patientsFileActive": 1500}).encode()

port = free_port()
app = App(port, DB_URL, "/tmp/attacks-app.log", heap="288m", RATE_LIMIT_ENABLED="true", RATE_LIMIT_PER_SECOND="20",
          RATE_LIMIT_BURST="40", RATE_LIMIT_TRUST_FORWARDED_FOR="true", PROXY_FORWARDING="true")
try:
    app.wait_ready()
    base = app.url()
    agent = token("agent-1", "cpam-agent", cpam="751")
    partner = token("partner-1", "partner", org="logiciel-a")
    rss = RssSampler(app)
    rss.start()
    results["rss_start_mib"] = app.rss_kb() // 1024

    # 1. A decimal with a huge exponent or scale, anonymous, on the public endpoints.
    exponent = {}
    for path in ("/api/v1/eligibility", "/api/v1/simulations"):
        for share in ("1E-10000000", "1E-30000000", "1E+10000000"):
            body = '{"specialty": "CHIRURGIE_VISCERALE", "sector": "1", "ccamShare": %s}' % share
            times, statuses = [], set()
            for i in range(5):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                start = time.perf_counter()
                connection.request("POST", path, body, {"Content-Type": "application/json",
                                                        "X-Forwarded-For": "192.0.2.%d" % (len(exponent) * 5 + i)})
                response = connection.getresponse()
                response.read()
                times.append((time.perf_counter() - start) * 1000)
                statuses.add(response.status)
                connection.close()
            exponent[f"{path} {share}"] = {"statuses": sorted(statuses), "median_ms": round(statistics.median(times), 1),
                                           "max_ms": round(max(times), 1)}
    results["exponent"] = exponent

    # 2. A batch with one line of 100 MB between good lines, streamed.
    before = rss.max_kb
    rss.max_kb = 0
    long_line = [b'{"specialty": "' + b"A" * (1 << 20) for _ in range(1)] + [b"A" * (1 << 20)] * 99 + [b'", "sector": "1"}\n']
    start = time.perf_counter()
    status, lines = batch(port, [GOOD + b"\n", GOOD + b"\n"] + long_line + [GOOD + b"\n"] * 3, partner, rss)
    summary = json.loads(lines[-1]).get("summary", {}) if lines else {}
    results["long_line"] = {
        "status": status, "lines": len(lines), "seconds": round(time.perf_counter() - start, 1),
        "good_lines_answered": sum(1 for l in lines[:-1] if json.loads(l).get("status")),
        "long_line_error": json.loads(lines[2]).get("error", {}).get("detail") if len(lines) > 2 else None,
        "longest_answer_line": max((len(l) for l in lines), default=0),
        "summary": summary, "rss_max_mib": rss.max_kb // 1024, "alive": app.process.poll() is None}
    rss.max_kb = max(before, rss.max_kb)

    # 3. A date out of range in the middle of 20 000 good lines.
    bad = json.dumps({"asOf": "+999999999-12-31", "specialty": "MEDECINE_GENERALE", "sector": "1"}).encode()
    body = [GOOD + b"\n"] * 10_000 + [bad + b"\n"] + [GOOD + b"\n"] * 10_000
    status, lines = batch(port, [b"".join(body[i:i + 1000]) for i in range(0, len(body), 1000)], partner, rss)
    results["date_in_batch"] = {"status": status, "lines": len(lines),
                                "summary": json.loads(lines[-1]).get("summary") if lines else None,
                                "bad_line": json.loads(lines[10_000]) if len(lines) > 10_000 else None}
    dates = {}
    for path, body in (("/api/v1/simulations", {"asOf": "+999999999-12-31", "specialty": "MEDECINE_GENERALE", "sector": "1"}),
                       ("/api/v1/contracts", dict(contract_body(1), asOf="+999999999-12-31")),
                       ("/api/v1/contracts", dict(contract_body(2), asOf="5874897-01-01"))):
        s, answer, _ = call(base, "POST", path, body, {"Authorization": "Bearer " + agent, "X-Forwarded-For": "198.51.100.1"})
        dates[f"{path} {body['asOf']}"] = [s, [v["field"] for v in (answer or {}).get("violations", [])]]
    results["dates"] = dates

    # 4. X-Forwarded-For: the client makes up the left-most address; the proxy appends the real one.
    statuses = {}
    start = time.perf_counter()
    for i in range(300):
        s, _, _ = call(base, "GET", "/api/v1/specialties", headers={"X-Forwarded-For": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}, 203.0.113.9"}, keep=True)
        statuses[s] = statuses.get(s, 0) + 1
    results["forwarded_spoofing"] = {"requests": 300, "statuses": statuses, "seconds": round(time.perf_counter() - start, 1),
                                     "per_second": 20, "burst": 40}
    latencies = []
    for i in range(30_000):
        start = time.perf_counter()
        call(base, "GET", "/api/v1/version", headers={"X-Forwarded-For": f"203.{i // 65536}.{i // 256 % 256}.{i % 256}"}, keep=True)
        latencies.append((time.perf_counter() - start) * 1000)
    results["forwarded_many_clients"] = {"clients": 30_000, "median_ms_first_1000": round(statistics.median(latencies[:1000]), 2),
                                         "median_ms_last_1000": round(statistics.median(latencies[-1000:]), 2)}

    # 5. Database connections killed during writes.
    stop = threading.Event()

    def killer():
        while not stop.is_set():
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAtc",
                            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{DB_NAME}' "
                            "AND pid <> pg_backend_pid() AND backend_type = 'client backend'", "postgres"],
                           capture_output=True)
            time.sleep(0.1)

    kill = threading.Thread(target=killer, daemon=True)
    kill.start()
    writes, retry_after = {}, True
    n = 1000
    deadline = time.time() + 15
    while time.time() < deadline:
        n += 1
        try:
            s, answer, headers = call(base, "POST", "/api/v1/contracts", contract_body(n), {"Authorization": "Bearer " + agent})
        except OSError:
            s, headers = "socket error", {}
        writes[str(s)] = writes.get(str(s), 0) + 1
        if s == 503 and "Retry-After" not in headers:
            retry_after = False
    stop.set()
    kill.join()
    results["killed_connections"] = {"writes": writes, "every_503_has_retry_after": retry_after}

    # 6. Texts and keys the database cannot keep.
    s, answer, _ = call(base, "POST", "/api/v1/contracts", contract_body(5000), {"Authorization": "Bearer " + agent})
    contract = answer["id"]
    call(base, "POST", f"/api/v1/contracts/{contract}/transitions", {"action": "ACTIVATE", "effectiveDate": "2025-03-01"},
         {"Authorization": "Bearer " + agent})
    storable = {
        "payment reference with NUL": call(base, "POST", f"/api/v1/contracts/{contract}/payments",
                                           {"contractYear": 1, "amount": 10, "paidOn": "2025-04-01", "reference": "V\u0000"},
                                           {"Authorization": "Bearer " + agent})[0],
        "review difficulties with NUL": call(base, "POST", f"/api/v1/contracts/{contract}/reviews",
                                             {"contractYear": 1, "patientsMt": 1300, "difficulties": "a\u0000"},
                                             {"Authorization": "Bearer " + agent})[0],
        "transition reason with NUL": call(base, "POST", f"/api/v1/contracts/{contract}/transitions",
                                           {"action": "SUSPEND", "effectiveDate": "2025-05-01", "reason": "\u0000"},
                                           {"Authorization": "Bearer " + agent})[0],
        "Idempotency-Key of 200": call(base, "POST", "/api/v1/contracts", contract_body(5001),
                                       {"Authorization": "Bearer " + agent, "Idempotency-Key": "k" * 200})[0],
        "token sub of 121": call(base, "POST", "/api/v1/contracts", contract_body(5002),
                                 {"Authorization": "Bearer " + token("a" * 121, "cpam-agent", cpam="751")})[0],
    }
    results["storable"] = storable

    # 7. The page's own call behind TLS termination, and a foreign origin.
    simulation = {"specialty": "MEDECINE_GENERALE", "sector": "1"}
    results["origin"] = {
        "own page behind TLS": call(base, "POST", "/api/v1/eligibility", simulation,
                                    {"Origin": "https://simulateur.example.fr", "X-Forwarded-Proto": "https",
                                     "X-Forwarded-Host": "simulateur.example.fr", "X-Forwarded-For": "198.51.100.7"})[0],
        "foreign origin": call(base, "POST", "/api/v1/eligibility", simulation,
                               {"Origin": "https://ailleurs.example.com", "X-Forwarded-Proto": "https",
                                "X-Forwarded-Host": "simulateur.example.fr", "X-Forwarded-For": "198.51.100.8"})[0]}
    rss.running = False
    results["rss_max_mib"] = rss.max_kb // 1024
    results["pod_limit_mib"] = POD_LIMIT_MIB
    results["alive"] = app.process.poll() is None
finally:
    app.stop()
print(json.dumps(results, indent=1))
