#!/usr/bin/env python3
"""Renders every overlay with kustomize (`kubectl kustomize`, or the command in $KUSTOMIZE) and checks the manifests against the application:
probe paths and ports, environment variables the application reads, image name and tag of the build,
hardening, and the shape of the Service, HPA, PDB and NetworkPolicy.

usage: deploy/check.py [--app-url http://127.0.0.1:8080]   (with a running app, probe paths are called)
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROPERTIES = (ROOT / "src/main/resources/application.properties").read_text()
HEALTH = {"/q/health/live", "/q/health/ready", "/q/health/started"}
# Read by the JVM itself. JAVA_OPTS_APPEND is refused: only the Red Hat base image reads it, and
# setting it there drops the JVM flags built into the image.
IMAGE_ENV = {"JAVA_TOOL_OPTIONS"}
problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def app_env():
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)[:}]", PROPERTIES))


def prop(name):
    m = re.search(rf"^{re.escape(name)}=(.*)$", PROPERTIES, re.M)
    return m.group(1).strip() if m else None


def http_port():
    m = re.search(r"\$\{PORT:(\d+)\}", prop("quarkus.http.port") or "")
    return int(m.group(1)) if m else 8080


def version():
    pom = ET.parse(ROOT / "pom.xml").getroot()
    return pom.find("{http://maven.apache.org/POM/4.0.0}version").text


def render(overlay):
    kustomize = os.environ.get("KUSTOMIZE", "kubectl kustomize").split()
    out = subprocess.run(kustomize + [str(overlay)], capture_output=True, text=True)
    if out.returncode != 0:
        problem(overlay.name, "does not render: " + out.stderr.strip())
        return []
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def check(overlay, docs, app_url):
    where = overlay.name
    before = len(problems)
    kinds = {}
    for d in docs:
        kinds.setdefault(d["kind"], []).append(d)
    for kind in ("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                 "NetworkPolicy", "ServiceAccount"):
        if kind not in kinds:
            problem(where, f"no {kind}")
    if problems:
        return
    deployment = kinds["Deployment"][0]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"].get("labels", {})
    spec = pod["spec"]
    container = spec["containers"][0]
    known = app_env() | IMAGE_ENV
    configmaps = {c["metadata"]["name"]: c for c in kinds["ConfigMap"]}

    # ports and probes
    ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
    if http_port() not in ports.values():
        problem(where, f"container ports {ports} lack the application's port {http_port()}")
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        get = container.get(probe, {}).get("httpGet")
        if not get:
            problem(where, f"{probe} missing")
            continue
        if get["path"] not in HEALTH:
            problem(where, f"{probe} path {get['path']} is not a health endpoint of the application")
        port = ports.get(get["port"], get["port"])
        if port != http_port():
            problem(where, f"{probe} port {get['port']} is not the application's port")
        if app_url:
            try:
                urllib.request.urlopen(app_url + get["path"], timeout=5)
            except urllib.error.HTTPError as e:
                if e.code == 404:
                    problem(where, f"{probe} path {get['path']} answers 404 on the running application")
            except OSError as e:
                problem(where, f"{probe}: {app_url} unreachable ({e})")
    if container["readinessProbe"]["httpGet"]["path"] != "/q/health/ready":
        problem(where, "readiness must use /q/health/ready")

    # environment
    names = [e["name"] for e in container.get("env", [])]
    for source in container.get("envFrom", []):
        ref = source.get("configMapRef", {}).get("name")
        if ref in configmaps:
            names += list(configmaps[ref].get("data", {}))
        elif ref:
            problem(where, f"envFrom ConfigMap {ref} is not in the manifests")
    for name in names:
        if name.startswith("JAVA_OPTS") or name.endswith("_MEM_RATIO"):
            problem(where, f"{name} replaces the image's JVM flags on some base images; use JAVA_TOOL_OPTIONS")
        elif name not in known and not name.startswith("QUARKUS_"):
            problem(where, f"environment variable {name} is not read by the application")
    for env in container.get("env", []):
        secret = env.get("valueFrom", {}).get("secretKeyRef")
        if env["name"] in ("DB_USER", "DB_PASSWORD") and not secret:
            problem(where, f"{env['name']} must come from a Secret")

    # image
    group, name = prop("quarkus.container-image.group"), prop("quarkus.container-image.name")
    image = container["image"]
    if not re.fullmatch(rf"(.+/)?{re.escape(group)}/{re.escape(name)}:{re.escape(version())}", image):
        problem(where, f"image {image} is not {group}/{name}:{version()} of the build")

    # hardening
    pod_security = spec.get("securityContext", {})
    security = container.get("securityContext", {})
    if not pod_security.get("runAsNonRoot"):
        problem(where, "pod does not run as non-root")
    if not security.get("readOnlyRootFilesystem"):
        problem(where, "root filesystem is not read-only")
    if security.get("allowPrivilegeEscalation") is not False:
        problem(where, "privilege escalation is not disabled")
    if "ALL" not in security.get("capabilities", {}).get("drop", []):
        problem(where, "capabilities are not all dropped")
    if spec.get("automountServiceAccountToken") is not False:
        problem(where, "the service account token is mounted")
    account = kinds["ServiceAccount"][0]
    if account.get("automountServiceAccountToken") is not False or spec.get("serviceAccountName") != account["metadata"]["name"]:
        problem(where, "the pod does not use the token-less service account")
    if not {"requests", "limits"} <= set(container.get("resources", {})):
        problem(where, "requests and limits are not both set")
    if deployment["spec"].get("replicas", 1) < 2:
        problem(where, "fewer than 2 replicas")

    # companions
    selector = deployment["spec"]["selector"]["matchLabels"]
    if not selector.items() <= labels.items():
        problem(where, "the Deployment selector does not match its pods")
    service = kinds["Service"][0]
    if not service["spec"]["selector"].items() <= labels.items():
        problem(where, "the Service selects other pods")
    for p in service["spec"]["ports"]:
        if ports.get(p["targetPort"], p["targetPort"]) != http_port():
            problem(where, f"the Service targets port {p['targetPort']}")
    hpa = kinds["HorizontalPodAutoscaler"][0]["spec"]
    if hpa["scaleTargetRef"]["name"] != deployment["metadata"]["name"] or hpa["minReplicas"] < 2:
        problem(where, "the HPA does not scale the Deployment from 2 replicas")
    pdb = kinds["PodDisruptionBudget"][0]["spec"]
    if not pdb["selector"]["matchLabels"].items() <= labels.items():
        problem(where, "the PDB selects other pods")
    policy = kinds["NetworkPolicy"][0]["spec"]
    if not policy["podSelector"]["matchLabels"].items() <= labels.items():
        problem(where, "the NetworkPolicy applies to other pods")
    ingress_ports = {p["port"] for rule in policy.get("ingress", []) for p in rule.get("ports", [])}
    if ingress_ports != {http_port()}:
        problem(where, f"ingress open on {ingress_ports}, not only {http_port()}")
    egress_ports = {p["port"] for rule in policy.get("egress", []) for p in rule.get("ports", [])}
    if egress_ports != {5432, 53}:
        problem(where, f"egress open on {egress_ports}, not only PostgreSQL and DNS")

    # the mounted rulebook is a valid one: the bundled file, or a reviewed copy with the same shape
    rulebook = next((c for n, c in configmaps.items() if n.startswith("aide-assistant-medical-rulebook")), None)
    if not rulebook or "rulebook.yaml" not in rulebook.get("data", {}):
        problem(where, "no rulebook ConfigMap")
    else:
        mounted = yaml.safe_load(rulebook["data"]["rulebook.yaml"])
        bundled = yaml.safe_load((ROOT / "src/main/resources/rulebook/rulebook.yaml").read_text())
        if [p["name"] for p in mounted["parameters"]] != [p["name"] for p in bundled["parameters"]]:
            problem(where, "the mounted rulebook does not define the parameters of the bundled one")
    if len(problems) == before:
        print(f"{where}: {len(docs)} resources, image {image}, probes, ports and environment consistent")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--app-url")
    a = args.parse_args()
    overlays = sorted(p for p in (ROOT / "deploy/overlays").iterdir() if (p / "kustomization.yaml").exists())
    for overlay in overlays:
        check(overlay, render(overlay), a.app_url)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"{len(overlays)} overlays render and match the application")


if __name__ == "__main__":
    main()
