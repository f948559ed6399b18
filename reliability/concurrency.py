#!/usr/bin/env python3
"""Two instances, one database: concurrent signings (each key sent to both instances), reviews,
payments and transitions. Then checks that no update was lost, that no key made two contracts, and
that each contract's event log replays to its final state. Prints JSON.

usage: concurrency.py DB_URL
"""
import json
import random
import sys
import threading
import uuid
from datetime import date, timedelta

from lib import App, call, contract_body, token, WORK

db_url = sys.argv[1]
apps = [App(48081, db_url, f"{WORK}/two-a.log"), App(48082, db_url, f"{WORK}/two-b.log")]
for app in apps:
    app.wait_ready()
bases = [app.url() for app in apps]
agent = {"Authorization": "Bearer " + token("two-instances", "cpam-agent", cpam="751")}
CONTRACTS, WORKERS, OPERATIONS = 40, 16, 60
random.seed(7)

# 1. Each contract signed by two clients at once, one per instance, with the same key.
keys = {n: str(uuid.uuid4()) for n in range(CONTRACTS)}
signed = {}
lock = threading.Lock()


def sign(n, base):
    s, body, _ = call(base, "POST", "/api/v1/contracts", contract_body(700000 + n), dict(agent, **{"Idempotency-Key": keys[n]}))
    with lock:
        signed.setdefault(n, []).append((s, body.get("id") if isinstance(body, dict) else None))


threads = [threading.Thread(target=sign, args=(n, b)) for n in range(CONTRACTS) for b in bases]
for t in threads:
    t.start()
for t in threads:
    t.join()
ids = {}
for n, answers in signed.items():
    got = {i for s, i in answers if s == 201}
    ids[n] = got.pop() if len(got) == 1 else None
for n, i in ids.items():
    base = bases[n % 2]
    call(base, "POST", f"/api/v1/contracts/{i}/transitions", {"action": "ACTIVATE", "effectiveDate": "2025-03-01"}, agent)

# 2. Concurrent changes through both instances, each with If-Match on what it read, retried on conflict.
done = {i: {"PAYMENT_RECORDED": 0, "REVIEWED": 0, "SUSPENDED": 0, "RESUMED": 0} for i in ids.values() if i}
paid = {i: 0.0 for i in done}
refused = {"409": 0, "412": 0}


def work(worker):
    rnd = random.Random(worker)
    for op in range(OPERATIONS):
        contract = rnd.choice(list(done))
        for attempt in range(20):
            base = rnd.choice(bases)
            s, current, headers = call(base, "GET", f"/api/v1/contracts/{contract}", None, agent)
            etag = headers.get("ETag") or headers.get("etag")
            kind = rnd.choice(["pay", "pay", "review", "toggle"])
            if kind == "pay":
                amount = rnd.choice([10, 25, 50])
                path, body, event = "payments", {"contractYear": 1, "amount": amount, "paidOn": "2025-06-01",
                                                 "reference": f"w{worker}-{op}-{attempt}"}, "PAYMENT_RECORDED"
            elif kind == "review":
                # Year 1 (2025-03-01 to 2026-02-28) is the year over: a year is reviewed once ended.
                path, body, event = "reviews", {"contractYear": 1, "patientsMt": 1251,
                                                "patientsFileActive": 1850}, "REVIEWED"
            else:
                # Suspensions follow one another: each starts after the previous one ended.
                periods = current.get("suspensions", [])
                if current["status"] == "ACTIVE":
                    start = date.fromisoformat(periods[-1]["to"]) + timedelta(days=1) if periods else date(2025, 6, 1)
                    path, body, event = "transitions", {"action": "SUSPEND", "effectiveDate": start.isoformat(),
                                                        "reason": "absence"}, "SUSPENDED"
                else:
                    resume = date.fromisoformat(periods[-1]["from"]) + timedelta(days=1)
                    path, body, event = "transitions", {"action": "RESUME", "effectiveDate": resume.isoformat()}, "RESUMED"
            s, answer, _ = call(base, "POST", f"/api/v1/contracts/{contract}/{path}", body, dict(agent, **{"If-Match": etag}))
            if s in (200, 201):
                replay = s == 200 and path in ("reviews", "payments")
                with lock:
                    if not replay:
                        done[contract][event] += 1
                        if event == "PAYMENT_RECORDED":
                            paid[contract] += body["amount"]
                break
            if s in (409, 412):
                with lock:
                    refused[str(s)] += 1
                if s == 409 and isinstance(answer, dict) and answer.get("type") in ("/problems/review-exists", "/problems/payment-exceeds-aid"):
                    break
                continue
            raise RuntimeError(f"unexpected {s} {answer}")


threads = [threading.Thread(target=work, args=(w,)) for w in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# 3. Checks.
duplicates = 0
for n in range(CONTRACTS):
    items = call(bases[0], "GET", f"/api/v1/contracts?rpps={contract_body(700000 + n)['rpps']}", None, agent)[1]["items"]
    duplicates += len(items) != 1 or ids[n] is None
lost = mismatched_replays = 0
for contract, counts in done.items():
    events = call(bases[1], "GET", f"/api/v1/contracts/{contract}/events", None, agent)[1]
    final = call(bases[0], "GET", f"/api/v1/contracts/{contract}", None, agent)[1]
    for event, count in counts.items():
        if sum(1 for e in events if e["type"] == event) != count:
            lost += 1
    if abs(float(final["years"][0]["amountPaid"]) - paid[contract]) > 0.001:
        lost += 1
    chain = all(events[i]["before"] == events[i - 1]["after"] for i in range(1, len(events)))
    last = events[-1]["after"]
    state = {"status": final["status"], "version": final["version"],
             "years": [(y["contractYear"], y["amountDue"], y["amountPaid"]) for y in final["years"]]}
    replayed = {"status": last["status"], "version": last["version"],
                "years": [(y["contractYear"], y["amountDue"], y["amountPaid"]) for y in last["years"]]}
    if not chain or state != replayed:
        mismatched_replays += 1
for app in apps:
    app.stop()
print(json.dumps({"instances": 2, "contracts": CONTRACTS, "signing_requests": 2 * CONTRACTS,
                  "duplicate_contracts": duplicates,
                  "changes_won": sum(sum(c.values()) for c in done.values()), "refused": refused,
                  "lost_updates": lost, "event_logs_not_replaying": mismatched_replays}))
