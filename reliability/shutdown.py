#!/usr/bin/env python3
"""SIGTERM under load: clients stop sending when readiness goes down (as a Kubernetes Service
would), and every request already sent must complete. Prints JSON."""
import json
import signal
import threading
import time

from lib import App, call, token, SIMULATION, WORK
import sys

app = App(48083, sys.argv[1], f"{WORK}/shutdown-app.log", SHUTDOWN_DELAY="5s", SHUTDOWN_TIMEOUT="30s")
app.wait_ready()
base = app.url()
agent = {"Authorization": "Bearer " + token("shutdown", "cpam-agent", cpam="751")}
draining = threading.Event()
results = []
lock = threading.Lock()


def watch():
    while not draining.is_set():
        if not app.ready():
            draining.set()
        time.sleep(0.05)


def client(kind):
    while not draining.is_set():
        try:
            if kind == "sim":
                s = call(base, "POST", "/api/v1/simulations", SIMULATION, timeout=60)[0]
            else:
                s = call(base, "GET", "/api/v1/contracts", None, agent, timeout=60)[0]
        except OSError as e:
            s = str(e)
        with lock:
            results.append(s)


threads = [threading.Thread(target=watch)] + [threading.Thread(target=client, args=(k,)) for k in ["sim"] * 6 + ["list"] * 2]
for t in threads:
    t.start()
time.sleep(4)
sent_before = len(results)
term = time.time()
app.process.send_signal(signal.SIGTERM)
draining.wait(30)
detected = time.time() - term
for t in threads:
    t.join()
app.process.wait(timeout=60)
exited = time.time() - term
failed = [r for r in results if r not in (200,)]
print(json.dumps({"requests": len(results), "completed_before_sigterm": sent_before, "failed": len(failed),
                  "failures": sorted({str(f) for f in failed})[:5], "not_ready_after_s": round(detected, 2),
                  "process_exit_after_s": round(exited, 2)}))
