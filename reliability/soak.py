#!/usr/bin/env python3
"""Soak: mixed load for a while, RSS and heap sampled every 10 s. Prints JSON.

usage: soak.py DB_URL SECONDS
"""
import json
import os
import subprocess
import sys
import time

from lib import App, call, contract_body, token, WORK

db_url, seconds = sys.argv[1], int(sys.argv[2])
app = App(48084, db_url, f"{WORK}/soak-app.log")
app.wait_ready()
agent = token("soak", "cpam-agent", cpam="751")
status, contract, _ = call(app.url(), "POST", "/api/v1/contracts", contract_body(990001),
                           {"Authorization": "Bearer " + agent})
assert status == 201, contract
here = os.path.dirname(os.path.abspath(__file__))
wrk = subprocess.Popen(["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "-s", os.path.join(here, "mixed.lua"),
                        app.url()], stdout=subprocess.PIPE, text=True,
                       env=dict(os.environ, TOKEN=agent, CONTRACT=contract["id"], PACE_MS="10"))
samples = []
while wrk.poll() is None:
    time.sleep(10)
    if wrk.poll() is None:
        samples.append((round(time.time() - app.started), app.rss_kb() // 1024, round(app.heap_kb() / 1024)))
out = wrk.stdout.read()
app.stop()
requests = int(next(l for l in out.splitlines() if "requests in" in l).split()[0])
errors = sum(int(x) for l in out.splitlines() if l.strip().startswith("Socket errors")
             for x in l.replace(",", " ").split() if x.isdigit())
non2xx = next((int(l.split()[-1]) for l in out.splitlines() if "Non-2xx" in l), 0)
rps = next(l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec"))
p99 = next(l.split()[1] for l in out.splitlines() if l.strip().startswith("99%"))
half = len(samples) // 2
rss, heap = [s[1] for s in samples], [s[2] for s in samples]
print(json.dumps({"seconds": seconds, "requests": requests, "requests_per_second": float(rps), "p99": p99,
                  "non_2xx": non2xx, "socket_errors": errors,
                  "rss_mib": {"first": rss[0], "max": max(rss), "last": rss[-1],
                              "first_half_max": max(rss[:half] or rss), "second_half_max": max(rss[half:])},
                  "heap_mib": {"first": heap[0], "max": max(heap), "last": heap[-1]},
                  "samples": samples}))
