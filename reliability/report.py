#!/usr/bin/env python3
"""Writes reliability/RESULTS.md from the results reliability/run leaves in $WORK."""
import json
import os
import re
import subprocess
from datetime import date

import sys

W = os.environ["WORK"]
load = lambda name: json.load(open(os.path.join(W, name)))
fuzz = open(os.path.join(W, "fuzz.txt")).read().strip()
seed = re.search(r"seed (\d+)", fuzz)
seed = seed.group(1) if seed else "?"
count, statuses, failures = re.search(r"HTTP fuzz: (\d+) requests, statuses \{(.*)\}, (\d+) failures", fuzz).groups()
statuses = dict(kv.split("=") for kv in statuses.split(", "))
fivexx = sum(int(v) for k, v in statuses.items() if k.startswith("5"))
ok = lambda good: "yes" if good else "**no**"
attacks = load("attacks.json")


def spoofing_limited(f):
    """The made-up addresses did not escape the limit: at most what one client may send in the time."""
    allowed = f["statuses"].get("200", 0)
    if "seconds" in f:
        return allowed <= f["burst"] + f["per_second"] * f["seconds"] + 1
    return f["statuses"].get("429", 0) > 0 and allowed < f["requests"]


def attack_rows():
    a = attacks
    ex = a["exponent"]
    worst = max(v["max_ms"] for v in ex.values())
    median = max(v["median_ms"] for v in ex.values())
    ll = a["long_line"]
    db = a["killed_connections"]
    return [
        ("Decimal with a huge exponent (anonymous, `1E-10000000`, `1E-30000000`, `1E+10000000`)",
         f"statuses {sorted({s for v in ex.values() for s in v['statuses']})}, median at most {median} ms per value, "
         f"slowest single request {worst} ms",
         ok(all(v["statuses"] == [400] for v in ex.values()) and median < 50)),
        ("Batch with a 100 MB line under -Xmx288m",
         f"{ll['good_lines_answered']} good lines answered, the long one an error line, summary {ll['summary'].get('lines')} lines; "
         f"RSS at most {ll['rss_max_mib']} MiB (pod limit {a['pod_limit_mib']} MiB); alive: {ll['alive']}",
         ok(ll["good_lines_answered"] == 5 and ll["summary"].get("lines") == 6 and ll["rss_max_mib"] < a["pod_limit_mib"] and ll["alive"])),
        ("Date out of range in a batch of 20 001 lines",
         f"{a['date_in_batch']['lines']} answer lines, summary {a['date_in_batch']['summary']}",
         ok(a["date_in_batch"]["lines"] == 20_002)),
        ("Dates out of range on the API", f"{a['dates']}", ok(all(v[0] == 400 for v in a["dates"].values()))),
        ("X-Forwarded-For made up by the client: 300 requests, each with another left-most address, one proxy-appended one "
         "(limit 20/s, burst 40)", f"{a['forwarded_spoofing']['statuses']}" + (f" in {a['forwarded_spoofing']['seconds']} s"
                                                                               if "seconds" in a["forwarded_spoofing"] else ""),
         ok(spoofing_limited(a["forwarded_spoofing"]))),
        ("30 000 client addresses", f"median {a['forwarded_many_clients']['median_ms_first_1000']} ms for the first 1 000, "
         f"{a['forwarded_many_clients']['median_ms_last_1000']} ms for the last 1 000", "measured"),
        ("Connections killed (pg_terminate_backend) during writes, 15 s", f"{db['writes']}, every 503 with Retry-After: {db['every_503_has_retry_after']}",
         ok(set(db["writes"]) <= {"201", "503"} and db["every_503_has_retry_after"])),
        ("Texts the database cannot keep", f"{a['storable']}",
         ok(a["storable"]["Idempotency-Key of 200"] == 201 and a["storable"]["token sub of 121"] == 401
            and all(v == 400 for k, v in a["storable"].items() if "NUL" in k))),
        ("The page's own call behind TLS / a foreign origin", f"{a['origin']}",
         ok(a["origin"]["own page behind TLS"] == 200 and a["origin"]["foreign origin"] == 403)),
    ]


def attack_section():
    rows = "\n".join(f"| {name} | {result} | {good} |" for name, result, good in attack_rows())
    return f"""## Attack classes

`reliability/attacks.py`: the packaged service with the pod's heap (`-Xmx288m`), the rate limit on
with `RATE_LIMIT_TRUST_FORWARDED_FOR=true` and `PROXY_FORWARDING=true`, as the base overlay sets them.
RSS at start {attacks['rss_start_mib']} MiB, at most {attacks['rss_max_mib']} MiB over the whole run; the service was alive at the end: {attacks['alive']}.

| Class | Result | As required |
|---|---|---|
{rows}

Exponent requests, per endpoint and value (5 each): {attacks['exponent']}.
The 100 MB line: {attacks['long_line']}.
Connections were killed by `pg_terminate_backend` every 0.1 s (through `psql`, which slows the
writer); 30 000 client addresses through the limiter (bounded table, least recently seen forgotten):
{attacks['forwarded_many_clients']}.

Not covered: with `PROXY_FORWARDING=true`, an `X-Forwarded-For` that is empty or holds only commas
gets a bare 400 (no problem document) from the proxy-forwarding parser of Quarkus, before the
service sees the request; the fuzz leaves those two values out.
"""


def fuzz_section():
    return f"""## HTTP fuzz

`HttpFuzzTest` with `-Dfuzz.count={count}` and seed {seed}: every operation of `openapi.yaml` and random paths, with
random JSON, the real field names with wrong types, extreme numbers (`1e400`, 26 digits, `1E-30000000`,
`1E+10000000`, 900 digits), extreme dates (`+999999999-12-31`, year 5874897, 10000, 0000, date-times),
NUL and control characters, strings up to 60 000 characters, batch lines up to 170 000 characters,
keys given twice, a second `Authorization` or `Content-Type` header, tokens of up to 100 kB,
Idempotency-Keys of 197 to 5 000 characters, made-up `X-Forwarded-For`, unicode (surrogates, emoji),
bodies of up to 120 kB and nested 5 000 deep, bytes that are not UTF-8, 10 content types, valid,
broken and missing tokens, and odd `If-Match` values and lists. Statuses: {statuses}.
"""


if "--only-new" in sys.argv:
    old = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "RESULTS.md")).read()
    old = re.sub(r"\n## Attack classes\n.*?(?=\n## |\Z)", "\n", old, flags=re.S)
    old = re.sub(r"## HTTP fuzz\n.*?(?=\n## )", fuzz_section().rstrip() + "\n", old, flags=re.S)
    old = re.sub(r"\| HTTP fuzz \|[^\n]*", f"| HTTP fuzz | {count} malformed requests, {fivexx} answered 5xx, {failures} other failures (an error that is not problem+json, an internal leaked) | {ok(fivexx == 0 and failures == '0')} |", old)
    old = re.sub(r"\n\| (Decimal with|Batch with a 100|Date out of|Dates out of|X-Forwarded-For made|30 000 client|Connections killed|Texts the database|The page's own)[^\n]*", "", old)
    rows = "\n".join(f"| {name} | {result} | {good} |" for name, result, good in attack_rows())
    old = re.sub(r"(\| Shutdown under load \|[^\n]*)", lambda m: m.group(1) + "\n" + rows, old, count=1)
    old = re.sub(r"\n> Partial run[^\n]*\n", "\n", old)
    note = (f"\n> Partial run on {date.today().isoformat()} (the steps `ONLY_NEW=1 reliability/run` runs, the machine being shared): "
            "the HTTP fuzz and the attack classes were re-run on the final code; the database faults, the two "
            "instances, the soak and the shutdown are from the full run dated above.\n")
    old = old.replace("\n## Summary\n", note + "\n## Summary\n", 1)
    print(old.rstrip() + "\n\n" + attack_section())
    sys.exit(0)
faults, two, shutdown, soak = load("faults.json"), load("concurrency.json"), load("shutdown.json"), load("soak.json")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
out = faults["contract_status"]["outage"]
sim = faults["simulations"]["outage"]

print(f"""# Reliability results

Produced by `reliability/run` on {date.today().isoformat()}: {os.cpu_count()} cores ({cpu}), {jdk}, the packaged
service with `-Xmx256m`, PostgreSQL on the same machine. One run; every figure below comes from it.

## Summary

| Check | Result | As required |
|---|---|---|
| HTTP fuzz | {count} malformed requests, {fivexx} answered 5xx, {failures} other failures (an error that is not problem+json, an internal leaked) | {ok(fivexx == 0 and failures == "0")} |
| Readiness when PostgreSQL stops | stays UP ({faults["readiness_failures"]["outage"]} failed probes during the outage); the database check says DOWN after {faults["time_to_down_s"]} s | {ok(faults["readiness_failures"]["outage"] == 0 and faults["time_to_down_s"] < 15)} |
| Contract calls during the outage | {out["statuses"]} (200 once PostgreSQL is back), slowest {out["max_seconds"]} s | {ok(set(out["statuses"]) <= {"503", "200"} and out["max_seconds"] < 3)} |
| Simulations during the outage | {sim["statuses"]} | {ok(set(sim["statuses"]) == {"200"})} |
| Recovery when PostgreSQL is back | contracts answer again {faults["time_to_recover_s"]} s after it restarted, no restart of the service | {ok(faults["time_to_recover_s"] < 30)} |
| Writes lost, duplicated or partial | {faults["writes_lost"]} lost, {faults["duplicates_or_failed_retries"]} duplicated or failed on retry, {faults["partial_contracts"]} partial | {ok(faults["writes_lost"] == 0 and faults["duplicates_or_failed_retries"] == 0 and faults["partial_contracts"] == 0)} |
| Two instances: lost updates | {two["lost_updates"]} | {ok(two["lost_updates"] == 0)} |
| Two instances: contracts per Idempotency-Key | {two["duplicate_contracts"]} keys with other than one contract | {ok(two["duplicate_contracts"] == 0)} |
| Two instances: event logs replaying to the final state | {two["contracts"] - two["event_logs_not_replaying"]} of {two["contracts"]} | {ok(two["event_logs_not_replaying"] == 0)} |
| Soak, {soak["seconds"]} s of mixed load | {soak["non_2xx"]} non-2xx, {soak["socket_errors"]} socket errors in {soak["requests"]} requests | {ok(soak["non_2xx"] == 0 and soak["socket_errors"] == 0)} |
| Shutdown under load | {shutdown["failed"]} failed of {shutdown["requests"]} requests | {ok(shutdown["failed"] == 0)} |
""" + "\n".join(f"| {name} | {result} | {good} |" for name, result, good in attack_rows()) + f"""

{fuzz_section()}
{attack_section()}
## Database faults

A throwaway PostgreSQL cluster is stopped (`-m immediate`, as a crash) while three clients keep
calling: one signs contracts, each with its own Idempotency-Key; one simulates; one reads a
contract's status.

| | Result |
|---|---|
| readiness probes failed (before / during the outage) | {faults["readiness_failures"]["normal"]} / {faults["readiness_failures"]["outage"]} |
| database check (management port) DOWN after the stop | {faults["time_to_down_s"]} s |
| database check UP and contracts answering after the restart | {faults["time_to_recover_s"]} s |
| signings during the run / acknowledged (201) | {faults["signings"]} / {faults["acknowledged"]} |
| signing answers while PostgreSQL was down or restarting | {faults["signings_during_outage"]} |
| acknowledged contracts missing afterwards | {faults["writes_lost"]} |
| refused signings retried with their key after recovery | {faults["retried_after_recovery"]}, of which {faults["duplicates_or_failed_retries"]} duplicated or failed |
| contracts without their 5 years or their SIGNED event | {faults["partial_contracts"]} |
| contract status calls: before / while PostgreSQL was down or restarting | {faults["contract_status"]["normal"]} / {out} |
| simulations: before / while PostgreSQL was down or restarting | {faults["simulations"]["normal"]} / {sim} |

## Two instances, one database

Two instances share a database. {two["contracts"]} contracts are each signed by two clients at once, one per
instance, with the same Idempotency-Key; then 16 workers make 60 changes each (payments, reviews,
suspensions and resumptions) through either instance, each with `If-Match` on the version it read,
and retry on 409 or 412. Changes that won: {two["changes_won"]}; refused and retried: {two["refused"]}.
Afterwards every change that was acknowledged is in the event log exactly once and in the contract
(the year's paid amount equals the payments acknowledged), and every log's `before` of an event is
the `after` of the one before, its last `after` the contract as read.

## Soak

{soak["seconds"]} s of mixed traffic (version, specialties, eligibility, simulations with and without
explanation, a contract's status with a token), 16 connections, {soak["requests_per_second"]} requests/s,
p99 {soak["p99"]}.

| | first sample | max | last |
|---|---|---|---|
| RSS (MiB) | {soak["rss_mib"]["first"]} | {soak["rss_mib"]["max"]} | {soak["rss_mib"]["last"]} |
| heap in use (MiB) | {soak["heap_mib"]["first"]} | {soak["heap_mib"]["max"]} | {soak["heap_mib"]["last"]} |

RSS peak in the first half {soak["rss_mib"]["first_half_max"]} MiB, in the second half {soak["rss_mib"]["second_half_max"]} MiB.
Samples every 10 s (seconds since start, RSS MiB, heap MiB): {soak["samples"]}.

## Shutdown under load

Eight clients (simulations and contract lists) send requests until readiness reports DOWN, as a
Kubernetes Service stops routing to a pod; then SIGTERM. Requests: {shutdown["requests"]}, failed:
{shutdown["failed"]} {shutdown["failures"] or ""}. Readiness went DOWN {shutdown["not_ready_after_s"]} s after SIGTERM; the process
exited after {shutdown["process_exit_after_s"]} s (the 5 s delay, then the drain).
""")
