#!/usr/bin/env python3
"""Database faults: PostgreSQL is stopped during load, then started again. Prints a JSON timeline.
Readiness must stay UP throughout (the simulator serves without the database); the management
port's database check tells when PostgreSQL is seen down and back.

usage: faults.py PGPORT CLUSTER_STOP_CMD CLUSTER_START_CMD   (commands as single shell strings)
"""
import json
import subprocess
import sys
import threading
import time
import uuid

from lib import App, call, contract_body, token, SIMULATION, WORK

port, stop_cmd, start_cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3]
app = App(48080, f"postgresql://127.0.0.1:{port}/aide_fault", f"{WORK}/faults-app.log", DB_HEALTH_TIMEOUT="1s")
app.wait_ready()
base = app.url()
agent = {"Authorization": "Bearer " + token("fault-agent", "cpam-agent", cpam="751")}
status, first, _ = call(base, "POST", "/api/v1/contracts", contract_body(900000), agent)
assert status == 201, first
known = first["id"]

running = True
outage = {"active": False}
signings = []           # (key, number, status)
observed = {"sim": [], "status": []}   # (phase, status, seconds)
not_ready = []          # (phase, seconds since start) of readiness probes that failed
lock = threading.Lock()


def phase():
    return "outage" if outage["active"] else "normal"


def signer():
    number = 1000
    while running:
        number += 1
        key = str(uuid.uuid4())
        try:
            status = call(base, "POST", "/api/v1/contracts", contract_body(number), dict(agent, **{"Idempotency-Key": key}))[0]
        except OSError:
            status = -1
        with lock:
            signings.append((key, number, status, phase()))
        time.sleep(0.02)


def caller(kind, method, path, body, headers):
    while running:
        started = time.time()
        try:
            status = call(base, method, path, body, headers, timeout=15)[0]
        except OSError:
            status = -1
        with lock:
            observed[kind].append((phase(), status, time.time() - started))
        time.sleep(0.01)


def prober():
    while running:
        if not app.ready():
            with lock:
                not_ready.append(phase())
        time.sleep(0.2)


threads = [threading.Thread(target=signer), threading.Thread(target=prober)]
threads.append(threading.Thread(target=caller, args=("sim", "POST", "/api/v1/simulations", SIMULATION, {})))
threads.append(threading.Thread(target=caller, args=("status", "GET", f"/api/v1/contracts/{known}/status", None, agent)))
for t in threads:
    t.start()

time.sleep(5)
stopped = time.time()
subprocess.run(stop_cmd, shell=True, check=True)
outage["active"] = True
while app.database_up():
    time.sleep(0.1)
to_down = time.time() - stopped
time.sleep(max(0, 10 - (time.time() - stopped)))
restarted = time.time()
subprocess.run(start_cmd, shell=True, check=True)
while not app.database_up():
    time.sleep(0.1)
while call(base, "GET", f"/api/v1/contracts/{known}/status", None, agent)[0] != 200:
    time.sleep(0.1)
to_recover = time.time() - restarted
outage["active"] = False
time.sleep(5)
running = False
for t in threads:
    t.join()

# What was acknowledged is there, whole; what failed can be retried with its key, without duplicates.
acknowledged = [s for s in signings if s[2] == 201]
lost = 0
for key, number, status, _ in acknowledged:
    s, contract, _ = call(base, "GET", f"/api/v1/contracts?rpps={contract_body(number)['rpps']}", None, agent)
    if s != 200 or len(contract["items"]) != 1:
        lost += 1
retried = duplicates = 0
for key, number, status, _ in signings:
    if status != 201:
        retried += 1
        s = call(base, "POST", "/api/v1/contracts", contract_body(number), dict(agent, **{"Idempotency-Key": key}))[0]
        count = len(call(base, "GET", f"/api/v1/contracts?rpps={contract_body(number)['rpps']}", None, agent)[1]["items"])
        if s != 201 or count != 1:
            duplicates += 1
partial = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "aide_fault", "-Atc",
                          "select count(*) from contract c where (select count(*) from contract_year y where y.contract_id = c.id) <> 5"
                          " or not exists (select 1 from contract_event e where e.contract_id = c.id and e.type = 'SIGNED')"],
                         capture_output=True, text=True, check=True).stdout.strip()
app.stop()


def summary(kind, which):
    rows = [r for r in observed[kind] if r[0] == which]
    statuses = {}
    for _, s, _ in rows:
        statuses[s] = statuses.get(s, 0) + 1
    return {"requests": len(rows), "statuses": statuses, "max_seconds": round(max((r[2] for r in rows), default=0), 3)}


print(json.dumps({
    "time_to_down_s": round(to_down, 2), "time_to_recover_s": round(to_recover, 2),
    "readiness_failures": {"normal": not_ready.count("normal"), "outage": not_ready.count("outage")},
    "signings": len(signings), "acknowledged": len(acknowledged),
    "signings_during_outage": {str(k): v for k, v in {s: sum(1 for x in signings if x[2] == s and x[3] == "outage")
                                                       for s in {x[2] for x in signings}}.items() if v},
    "writes_lost": lost, "retried_after_recovery": retried, "duplicates_or_failed_retries": duplicates,
    "partial_contracts": int(partial),
    "simulations": {"normal": summary("sim", "normal"), "outage": summary("sim", "outage")},
    "contract_status": {"normal": summary("status", "normal"), "outage": summary("status", "outage")},
}))
