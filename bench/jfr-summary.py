#!/usr/bin/env python3
"""Splits the execution samples of a JFR recording by what they were doing: each sample goes to the
first frame, from the top of its stack, that belongs to a known library or to the service.
  jfr print --json --events jdk.ExecutionSample rec.jfr | bench/jfr-summary.py"""
import collections
import json
import sys

CATEGORIES = [
    ("RS256 token verification (jose4j, SmallRye JWT)", ("org.jose4j.", "io.smallrye.jwt.", "io.quarkus.smallrye.jwt.")),
    ("Hibernate Reactive / ORM", ("org.hibernate.",)),
    ("PostgreSQL client", ("io.vertx.pgclient.", "io.vertx.sqlclient.")),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("security checks (Quarkus security)", ("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security.")),
    ("context propagation, Mutiny", ("io.smallrye.context.", "io.smallrye.mutiny.", "io.quarkus.arc.")),
    ("the service", ("fr.assistantmedical.",)),
    ("HTTP stack (Netty, Vert.x, Quarkus REST)", ("io.netty.", "io.vertx.", "org.jboss.resteasy.", "io.quarkus.")),
]

events = json.load(sys.stdin)["recording"]["events"]
counts = collections.Counter()
tops = collections.Counter()
for event in events:
    frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    category = "JDK and other"
    for name in names:
        hit = next((label for label, prefixes in CATEGORIES if name.startswith(prefixes)), None)
        if hit:
            category = hit
            break
    counts[category] += 1
    if names:
        tops[names[0]] += 1
total = sum(counts.values()) or 1
print(f"{total} samples")
for label, n in counts.most_common():
    print(f"{n / total:6.1%}  {label}")
print("\ntop frames:")
for name, n in tops.most_common(12):
    print(f"{n / total:6.1%}  {name}")
