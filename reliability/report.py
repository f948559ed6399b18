#!/usr/bin/env python3
"""Writes reliability/RESULTS.md from the results reliability/run leaves in $WORK."""
import json
import os
import re
import subprocess
from datetime import date

W = os.environ["WORK"]
load = lambda name: json.load(open(os.path.join(W, name)))
fuzz = open(os.path.join(W, "fuzz.txt")).read().strip()
count, statuses, failures = re.match(r"HTTP fuzz: (\d+) requests, statuses \{(.*)\}, (\d+) failures", fuzz).groups()
statuses = dict(kv.split("=") for kv in statuses.split(", "))
fivexx = sum(int(v) for k, v in statuses.items() if k.startswith("5"))
faults, two, shutdown, soak = load("faults.json"), load("concurrency.json"), load("shutdown.json"), load("soak.json")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
ok = lambda good: "yes" if good else "**no**"
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

## HTTP fuzz

`HttpFuzzTest` with `-Dfuzz.count={count}`: every operation of `openapi.yaml` and random paths, with
random JSON, the real field names with wrong types, extreme numbers (`1e400`, 26 digits), unicode
(surrogates, emoji, NUL), bodies of up to 120 kB and nested 5 000 deep, bytes that are not UTF-8, 10
content types, valid, broken and missing tokens, and odd `If-Match` values. Statuses: {statuses}.

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
