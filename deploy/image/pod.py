#!/usr/bin/env python3
"""Reads a rendered overlay (stdin) and prints, for the Deployment or the migration Job, what its
container gets in a pod: the image, then one NAME=VALUE line per environment variable (values from
Secrets are left out), then the files its ConfigMap volumes mount, as `FILE path` followed by the
content and a line `EOF`. deploy/image/check-image.sh runs the image with them.

usage: pod.py Deployment|Job < rendered.yaml
"""
import sys

import yaml

kind = sys.argv[1]
docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
configmaps = {d["metadata"]["name"]: d.get("data", {}) for d in docs if d["kind"] == "ConfigMap"}
workload = next(d for d in docs if d["kind"] == kind)
pod = workload["spec"]["template"]["spec"]
container = pod["containers"][0]
print(container["image"])
for source in container.get("envFrom", []):
    for name, value in configmaps.get(source.get("configMapRef", {}).get("name"), {}).items():
        print(f"{name}={value}")
for e in container.get("env", []):
    if "value" in e:
        print(f"{e['name']}={e['value']}")
volumes = {v["name"]: v for v in pod.get("volumes", [])}
for mount in container.get("volumeMounts", []):
    source = volumes[mount["name"]].get("configMap")
    if source and source["name"] in configmaps:
        for key, content in configmaps[source["name"]].items():
            print(f"FILE {mount['mountPath']}/{key}")
            print(content.rstrip("\n"))
            print("EOF")
