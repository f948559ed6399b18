#!/usr/bin/env python3
"""Renders every overlay with kustomize (`kubectl kustomize`, or the command in $KUSTOMIZE) and checks
the manifests against the application and against what on-call needs: ports and probes on the
management port, environment variables the application reads, the image by registry and digest,
hardening, TLS to PostgreSQL, connections under the server's limit, the migration Job, the PDB, the
network policies, the CloudNativePG cluster (namespace, backups, monitoring, pinned image), the
alerts. Every overlay is checked, whatever the others give.

usage: deploy/check.py [--app-url URL] [--management-url URL] [--release] [OVERLAY_DIR ...]
  --app-url, --management-url  a running instance: probe paths answer on the management port and
                               not on the API port
  --release                    also refuse placeholders (the zero digest, .invalid names): what
                               deploy/release.sh runs before applying
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROPERTIES = (ROOT / "src/main/resources/application.properties").read_text()
HEALTH = {"/q/health/live", "/q/health/ready", "/q/health/started"}
# Read by the JVM itself. JAVA_OPTS_APPEND is refused: only some base images read it, and setting
# it there drops the JVM flags built into the image.
IMAGE_ENV = {"JAVA_TOOL_OPTIONS"}
ZERO_DIGEST = "sha256:" + "0" * 64
# PostgreSQL's default max_connections, for a server whose limit the overlay does not state, and
# what is kept for the superuser, the operator, monitoring and ops sessions.
DEFAULT_MAX_CONNECTIONS = 100
RESERVED_CONNECTIONS = 10
MAX_CONNECTIONS_ANNOTATION = "aide-assistant-medical/database-max-connections"
NODELOCAL_DNS = "169.254.20.10/32"
ALERTS = {"aide_database_up", "http_server_requests_seconds_count", "kube_pod_status_ready",
          "campaign_followup_failed_total"}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
                  "ClusterImageCatalog", "PriorityClass", "StorageClass"}


def prop(name):
    m = re.search(rf"^{re.escape(name)}=(.*)$", PROPERTIES, re.M)
    return m.group(1).strip() if m else None


def default_of(name, fallback):
    """The default of a property written ${ENV:default}, or its plain value."""
    value = prop(name) or ""
    m = re.fullmatch(r"\$\{[A-Z0-9_]+:([^}]*)\}", value)
    return (m.group(1) if m else value) or fallback


def app_env():
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)[:}]", PROPERTIES))


def version():
    pom = ET.parse(ROOT / "pom.xml").getroot()
    return pom.find("{http://maven.apache.org/POM/4.0.0}version").text


HTTP_PORT = int(default_of("quarkus.http.port", "8080"))
MANAGEMENT_PORT = int(default_of("quarkus.management.port", "9000"))
DEFAULT_POOL = int(default_of("quarkus.datasource.reactive.max-size", "20"))
JDBC_POOL = int(default_of("quarkus.datasource.jdbc.max-size", "2"))


def render(overlay):
    kustomize = os.environ.get("KUSTOMIZE", "kubectl kustomize").split()
    out = subprocess.run(kustomize + [str(overlay)], capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stderr.strip()
    return [d for d in yaml.safe_load_all(out.stdout) if d], None


class Overlay:
    """One rendered overlay and the problems found in it."""

    def __init__(self, path, docs):
        self.name = path.name
        self.docs = docs
        self.problems = []
        self.kinds = {}
        for d in docs:
            self.kinds.setdefault(d["kind"], []).append(d)

    def problem(self, text):
        self.problems.append(text)

    def one(self, kind, name=None):
        found = [d for d in self.kinds.get(kind, []) if name is None or d["metadata"]["name"] == name]
        return found[0] if found else None


def env_of(container, configmaps):
    """The container's environment: literal values, ConfigMap values, and None for Secret values."""
    env = {}
    for source in container.get("envFrom", []):
        ref = source.get("configMapRef", {}).get("name")
        if ref in configmaps:
            env.update(configmaps[ref].get("data", {}))
    for e in container.get("env", []):
        env[e["name"]] = e.get("value")
    return env


def selects(selector, labels):
    return bool(selector) and selector.items() <= labels.items()


def check(o, urls, release):
    for kind in ("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                 "NetworkPolicy", "ServiceAccount", "Job"):
        if kind not in o.kinds:
            o.problem(f"no {kind}")
    if o.problems:
        return
    deployment = o.one("Deployment")
    job = o.one("Job")
    pod = deployment["spec"]["template"]
    labels = pod["metadata"].get("labels", {})
    job_labels = job["spec"]["template"]["metadata"].get("labels", {})
    container = pod["spec"]["containers"][0]
    configmaps = {c["metadata"]["name"]: c for c in o.kinds["ConfigMap"]}
    env = env_of(container, configmaps)
    job_env = env_of(job["spec"]["template"]["spec"]["containers"][0], configmaps)

    check_namespaces(o, deployment)
    ports = check_ports_and_probes(o, deployment, container, env, urls)
    check_environment(o, "Deployment", deployment, env)
    check_environment(o, "migration Job", job, job_env)
    check_image(o, deployment, job, release)
    for what, workload in (("pod", deployment), ("migration Job's pod", job)):
        check_hardening(o, what, workload, o.one("ServiceAccount"))
    check_migration(o, env, job_env, labels, job_labels)
    check_scaling(o, deployment, labels, env)
    check_network(o, labels, job_labels, env, ports)
    check_service_and_ingress(o, labels, ports)
    check_database(o, deployment, job, env)
    check_monitoring(o)
    check_rulebook(o, configmaps)
    if release:
        for d in o.docs:
            if ".invalid" in yaml.safe_dump(d):
                o.problem(f"{d['kind']} {d['metadata']['name']} still holds a placeholder (.invalid)")


def check_namespaces(o, deployment):
    namespace = deployment["metadata"].get("namespace")
    if not namespace:
        o.problem("the Deployment has no namespace")
    for d in o.docs:
        if d["kind"] not in CLUSTER_SCOPED and d["metadata"].get("namespace") != namespace:
            o.problem(f"{d['kind']} {d['metadata']['name']} is in namespace {d['metadata'].get('namespace')},"
                      f" not {namespace} with the service")


def check_ports_and_probes(o, deployment, container, env, urls):
    ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
    http = int(env.get("PORT") or HTTP_PORT)
    management = int(env.get("MANAGEMENT_PORT") or MANAGEMENT_PORT)
    if ports.get("http") != http:
        o.problem(f"container port http is {ports.get('http')}, not the application's port {http}")
    if ports.get("management") != management:
        o.problem(f"container port management is {ports.get('management')}, not the management port {management}")
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        get = container.get(probe, {}).get("httpGet")
        if not get:
            o.problem(f"{probe} missing")
            continue
        if get["path"] not in HEALTH:
            o.problem(f"{probe} path {get['path']} is not a health endpoint of the application")
        if ports.get(get["port"], get["port"]) != management:
            o.problem(f"{probe} uses port {get['port']}, not the management port: health is not on the API port")
        if urls.management:
            try:
                urllib.request.urlopen(urls.management + get["path"], timeout=5)
            except urllib.error.HTTPError as e:
                if e.code == 404:
                    o.problem(f"{probe} path {get['path']} answers 404 on the running management port")
            except OSError as e:
                o.problem(f"{probe}: {urls.management} unreachable ({e})")
        if urls.app:
            try:
                urllib.request.urlopen(urls.app + get["path"], timeout=5)
                o.problem(f"{get['path']} answers on the API port: health details would be public")
            except urllib.error.HTTPError as e:
                if e.code != 404:
                    o.problem(f"{get['path']} answers {e.code} on the API port, not 404")
            except OSError as e:
                o.problem(f"{urls.app} unreachable ({e})")
    if container.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/q/health/ready":
        o.problem("readiness must use /q/health/ready")
    annotations = deployment["spec"]["template"]["metadata"].get("annotations", {})
    if "prometheus.io/port" in annotations and annotations["prometheus.io/port"] != str(management):
        o.problem(f"prometheus.io/port {annotations['prometheus.io/port']} is not the management port")
    return {"http": http, "management": management, "names": ports}


def check_environment(o, what, workload, env):
    known = app_env() | IMAGE_ENV
    container = workload["spec"]["template"]["spec"]["containers"][0]
    for name, value in env.items():
        if name.startswith("JAVA_OPTS") or name.endswith("_MEM_RATIO"):
            o.problem(f"{what}: {name} replaces the image's JVM flags on some base images; use JAVA_TOOL_OPTIONS")
        elif name not in known and not name.startswith("QUARKUS_"):
            o.problem(f"{what}: environment variable {name} is not read by the application")
        if name == "JAVA_TOOL_OPTIONS" and re.search(r"-XX:[+]Use\w+GC|ActiveProcessorCount", value or ""):
            o.problem(f"{what}: the GC and processor count are pinned in the image (bench/JVM.md), not here")
    for e in container.get("env", []):
        if e["name"] in ("DB_USER", "DB_PASSWORD") and not e.get("valueFrom", {}).get("secretKeyRef"):
            o.problem(f"{what}: {e['name']} must come from a Secret")
    url = env.get("DB_URL") or ""
    query = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
    if query.get("sslmode") != ["verify-full"]:
        o.problem(f"{what}: DB_URL {url or '(unset)'} does not require sslmode=verify-full")
    ca = env.get("DB_CA_CERT")
    mounts = [m["mountPath"].rstrip("/") + "/" for m in container.get("volumeMounts", [])]
    if not ca or not any(ca.startswith(m) for m in mounts):
        o.problem(f"{what}: DB_CA_CERT {ca} is not a file of a mounted volume (the CA of PostgreSQL's certificate)")


def check_image(o, deployment, job, release):
    group, name = prop("quarkus.container-image.group"), prop("quarkus.container-image.name")
    image = deployment["spec"]["template"]["spec"]["containers"][0]["image"]
    m = re.fullmatch(rf"(?P<registry>[^/]+)/{re.escape(group)}/{re.escape(name)}(:[\w.-]+)?@(?P<digest>sha256:[0-9a-f]{{64}})",
                     image)
    if not m or not re.search(r"[.:]|^localhost$", m.group("registry")):
        o.problem(f"image {image} is not REGISTRY/{group}/{name}@sha256:<digest>: by registry and digest,"
                  " never a mutable tag")
    elif release and m.group("digest") == ZERO_DIGEST:
        o.problem("the image digest is the placeholder: run deploy/release.sh")
    if job["spec"]["template"]["spec"]["containers"][0]["image"] != image:
        o.problem("the migration Job does not run the Deployment's image")
    o.image = image


def check_hardening(o, what, workload, account):
    spec = workload["spec"]["template"]["spec"]
    container = spec["containers"][0]
    security = container.get("securityContext", {})
    if not spec.get("securityContext", {}).get("runAsNonRoot"):
        o.problem(f"{what} does not run as non-root")
    if not security.get("readOnlyRootFilesystem"):
        o.problem(f"{what}: root filesystem is not read-only")
    if security.get("allowPrivilegeEscalation") is not False:
        o.problem(f"{what}: privilege escalation is not disabled")
    if "ALL" not in security.get("capabilities", {}).get("drop", []):
        o.problem(f"{what}: capabilities are not all dropped")
    if spec.get("automountServiceAccountToken") is not False:
        o.problem(f"{what}: the service account token is mounted")
    if account.get("automountServiceAccountToken") is not False or spec.get("serviceAccountName") != account["metadata"]["name"]:
        o.problem(f"{what} does not use the token-less service account")
    if not {"requests", "limits"} <= set(container.get("resources", {})):
        o.problem(f"{what}: requests and limits are not both set")


def check_migration(o, env, job_env, labels, job_labels):
    if env.get("DB_MIGRATE_AT_START") != "false":
        o.problem("the pods migrate at start: DB_MIGRATE_AT_START must be false, the Job migrates")
    if job_env.get("QUARKUS_INIT_AND_EXIT") != "true" or job_env.get("DB_MIGRATE_AT_START") != "true":
        o.problem("the migration Job must set QUARKUS_INIT_AND_EXIT=true and DB_MIGRATE_AT_START=true")
    if job_env.get("DB_URL") != env.get("DB_URL"):
        o.problem("the migration Job and the Deployment use different databases")
    if labels.get("app.kubernetes.io/name") == job_labels.get("app.kubernetes.io/name"):
        o.problem("the migration Job's pods carry the service's name label: the Service would send them traffic")


def surge(deployment, replicas):
    value = deployment["spec"].get("strategy", {}).get("rollingUpdate", {}).get("maxSurge", "25%")
    if isinstance(value, str) and value.endswith("%"):
        return -(-replicas * int(value[:-1]) // 100)
    return int(value)


def check_scaling(o, deployment, labels, env):
    hpa = o.one("HorizontalPodAutoscaler")["spec"]
    if hpa["scaleTargetRef"]["name"] != deployment["metadata"]["name"] or hpa.get("minReplicas", 1) < 2:
        o.problem("the HPA does not scale the Deployment from 2 replicas")
    if "replicas" in deployment["spec"]:
        o.problem("the Deployment sets replicas while an HPA scales it: every apply would reset the scale")
    pdb = o.one("PodDisruptionBudget")["spec"]
    if not selects(pdb.get("selector", {}).get("matchLabels"), labels):
        o.problem("the PDB does not select the service's pods")
    if pdb.get("maxUnavailable") is None or "minAvailable" in pdb:
        o.problem("the PDB must use maxUnavailable (a minAvailable with unready pods blocks node drains)")
    if pdb.get("unhealthyPodEvictionPolicy") != "AlwaysAllow":
        o.problem("the PDB lacks unhealthyPodEvictionPolicy: AlwaysAllow: unready pods would block node drains")
    if not selects(deployment["spec"]["selector"]["matchLabels"], labels):
        o.problem("the Deployment selector does not match its pods")
    # Connections: every pod's pool, at the HPA's maximum plus the rollout's surge, and the Job's.
    pool = int(env.get("DB_POOL_SIZE") or DEFAULT_POOL)
    pods = hpa["maxReplicas"] + surge(deployment, hpa["maxReplicas"])
    cluster = o.one("Cluster")
    if cluster:
        limit = int(cluster["spec"].get("postgresql", {}).get("parameters", {}).get("max_connections",
                                                                                      DEFAULT_MAX_CONNECTIONS))
    else:
        limit = int(deployment["metadata"].get("annotations", {}).get(MAX_CONNECTIONS_ANNOTATION,
                                                                       DEFAULT_MAX_CONNECTIONS))
    needed = pool * pods + JDBC_POOL
    if needed > limit - RESERVED_CONNECTIONS:
        o.problem(f"{pool} connections × {pods} pods + {JDBC_POOL} for the Job = {needed}, above PostgreSQL's"
                  f" max_connections {limit} less {RESERVED_CONNECTIONS} reserved")
    o.connections = f"{needed} of {limit} connections"


def policy_for(o, labels):
    found = [p for p in o.kinds["NetworkPolicy"] if selects(p["spec"]["podSelector"].get("matchLabels"), labels)]
    return found[0]["spec"] if found else None


def check_network(o, labels, job_labels, env, ports):
    policy = policy_for(o, labels)
    if not policy:
        o.problem("no NetworkPolicy selects the service's pods")
        return
    if set(policy.get("policyTypes", [])) != {"Ingress", "Egress"}:
        o.problem("the NetworkPolicy must restrict both ingress and egress")
    by_port = {}
    for rule in policy.get("ingress", []):
        if not rule.get("from"):
            o.problem("an ingress rule admits any source: name the ingress controller or Prometheus")
        for p in rule.get("ports", []) or [{"port": "any"}]:
            port = ports["names"].get(p["port"], p["port"])
            by_port.setdefault(port, []).append(rule.get("from"))
    if set(by_port) != {ports["http"], ports["management"]}:
        o.problem(f"ingress open on {sorted(by_port, key=str)}, not the API port {ports['http']} and the"
                  f" management port {ports['management']}")
    elif by_port[ports["http"]] == by_port[ports["management"]]:
        o.problem("the management port is open to the same sources as the API port: only Prometheus needs it")
    allowed = {5432, 53}
    location = env.get("JWT_PUBLIC_KEY_LOCATION") or ""
    if location.startswith("https://"):
        allowed.add(urllib.parse.urlparse(location).port or 443)
    # The campaign's follow-up e-mails: the SMTP server's port, once the configuration names one.
    allowed |= {int(v) for k, v in env.items() if k.endswith(("MAILER_PORT", "SMTP_PORT")) and (v or "").isdigit()}
    if (env.get("OTEL_SDK_DISABLED") or "true") == "false":
        allowed.add(urllib.parse.urlparse(env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or "http://localhost:4317").port)
    check_egress(o, "the service's", policy, allowed, env)
    job_policy = policy_for(o, job_labels)
    if not job_policy:
        o.problem("no NetworkPolicy selects the migration Job's pods")
    else:
        if job_policy.get("ingress") or "Ingress" not in job_policy.get("policyTypes", []):
            o.problem("the migration Job's pods must accept no ingress")
        check_egress(o, "the migration Job's", job_policy, {5432, 53}, env)


def check_egress(o, whose, policy, allowed, env):
    opened, dns = set(), []
    for rule in policy.get("egress", []):
        if not rule.get("to"):
            o.problem(f"{whose} egress rule on {[p.get('port') for p in rule.get('ports', [])]} admits any destination")
        rule_ports = {p.get("port") for p in rule.get("ports", [])} or {"any"}
        opened |= rule_ports
        if 53 in rule_ports:
            dns += rule.get("to") or []
    if not opened <= allowed:
        o.problem(f"{whose} egress open on {sorted(opened - allowed, key=str)}: only PostgreSQL, DNS and what the"
                  " configuration calls (JWKS URL, OTLP endpoint, SMTP server)")
    if 5432 not in opened or 53 not in opened:
        o.problem(f"{whose} egress lacks PostgreSQL or DNS")
    if not any(t.get("ipBlock", {}).get("cidr") == NODELOCAL_DNS for t in dns):
        o.problem(f"{whose} DNS egress misses NodeLocal DNSCache ({NODELOCAL_DNS})")


def check_service_and_ingress(o, labels, ports):
    service = o.one("Service")
    if not selects(service["spec"].get("selector"), labels):
        o.problem("the Service does not select the service's pods")
    for p in service["spec"]["ports"]:
        if ports["names"].get(p["targetPort"], p["targetPort"]) != ports["http"]:
            o.problem(f"the Service exposes port {p['targetPort']}: only the API port may be behind it")
    service_ports = {p.get("name"): p["port"] for p in service["spec"]["ports"]}
    for ingress in o.kinds.get("Ingress", []):
        if not ingress["spec"].get("tls"):
            o.problem(f"Ingress {ingress['metadata']['name']} has no TLS")
        for rule in ingress["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                backend = path["backend"]["service"]
                port = backend["port"].get("name") or backend["port"].get("number")
                if backend["name"] != service["metadata"]["name"] or port not in (*service_ports, *service_ports.values()):
                    o.problem(f"Ingress {ingress['metadata']['name']} does not lead to the Service's API port")


def check_database(o, deployment, job, env):
    cluster = o.one("Cluster")
    if not cluster:
        return
    name = cluster["metadata"]["name"]
    spec = cluster["spec"]
    host = urllib.parse.urlparse(env.get("DB_URL") or "").hostname
    if host != f"{name}-rw":
        o.problem(f"DB_URL points at {host}, not the cluster's primary service {name}-rw")
    for what, workload in (("Deployment", deployment), ("migration Job", job)):
        pod = workload["spec"]["template"]["spec"]
        secrets = {e["valueFrom"]["secretKeyRef"]["name"] for e in pod["containers"][0].get("env", [])
                   if e.get("valueFrom", {}).get("secretKeyRef")}
        if secrets != {f"{name}-app"}:
            o.problem(f"{what} reads credentials from {sorted(secrets)}, not the operator's Secret {name}-app")
        cas = [v.get("secret", {}).get("secretName") for v in pod.get("volumes", []) if v["name"] == "db-ca"]
        if cas != [f"{name}-ca"]:
            o.problem(f"{what} does not mount the cluster's CA Secret {name}-ca")
    image = spec.get("imageName", "")
    if not re.search(r":\d+\.\d+[\w.-]*$|@sha256:[0-9a-f]{64}$", image):
        o.problem(f"the PostgreSQL image {image or '(operator default)'} is not pinned to a minor version or digest")
    if spec.get("monitoring", {}).get("enablePodMonitor"):
        o.problem("enablePodMonitor is deprecated: declare a PodMonitor")
    if not any(selects(p["spec"].get("selector", {}).get("matchLabels"), {"cnpg.io/cluster": name})
               for p in o.kinds.get("PodMonitor", [])):
        o.problem(f"no PodMonitor scrapes the cluster {name}")
    archiving = any(p.get("isWALArchiver") for p in spec.get("plugins", [])) or spec.get("backup", {}).get(
        "barmanObjectStore")
    if not archiving:
        o.problem(f"the cluster {name} archives no WAL: nothing to restore")
    stores = {p.get("parameters", {}).get("barmanObjectName") for p in spec.get("plugins", [])}
    if stores - {None} and not stores & {s["metadata"]["name"] for s in o.kinds.get("ObjectStore", [])}:
        o.problem(f"the cluster's object store {sorted(stores - {None})} is not in the manifests")
    if not any(b["spec"].get("cluster", {}).get("name") == name for b in o.kinds.get("ScheduledBackup", [])):
        o.problem(f"no ScheduledBackup of the cluster {name}: no base backup to restore")


def check_monitoring(o):
    if not o.name.startswith("production"):
        return
    monitors = [p for p in o.kinds.get("PodMonitor", []) if any(e.get("port") == "management"
                                                                 for e in p["spec"].get("podMetricsEndpoints", []))]
    if not monitors:
        o.problem("no PodMonitor scrapes the service's management port")
    rules = " ".join(yaml.safe_dump(r["spec"]) for r in o.kinds.get("PrometheusRule", []))
    missing = sorted(a for a in ALERTS if a not in rules)
    if missing:
        o.problem(f"no alert on {missing}")


def check_rulebook(o, configmaps):
    rulebook = next((c for n, c in configmaps.items() if n.startswith("aide-assistant-medical-rulebook")), None)
    if not rulebook or "rulebook.yaml" not in rulebook.get("data", {}):
        o.problem("no rulebook ConfigMap")
        return
    text = rulebook["data"]["rulebook.yaml"]
    bundled_text = (ROOT / "src/main/resources/rulebook/rulebook.yaml").read_text()
    # The base ships the bundled rulebook itself: a stale copy would mount yesterday's law. An
    # overlay may mount a reviewed one, which must still define every parameter.
    if text == (ROOT / "deploy/base/rulebook.yaml").read_text() and text != bundled_text:
        o.problem("deploy/base/rulebook.yaml differs from the bundled rulebook: "
                  "copy src/main/resources/rulebook/rulebook.yaml over it")
    mounted = yaml.safe_load(text)
    bundled = yaml.safe_load(bundled_text)
    if [p["name"] for p in mounted["parameters"]] != [p["name"] for p in bundled["parameters"]]:
        o.problem("the mounted rulebook does not define the parameters of the bundled one")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--app-url")
    args.add_argument("--management-url")
    args.add_argument("--release", action="store_true")
    args.add_argument("overlays", nargs="*", type=pathlib.Path)
    a = args.parse_args()
    a.app = a.app_url
    a.management = a.management_url
    overlays = a.overlays or sorted(p for p in (ROOT / "deploy/overlays").iterdir() if (p / "kustomization.yaml").exists())
    failed = 0
    for path in overlays:
        docs, error = render(path)
        if docs is None:
            print(f"{path.name}: does not render: {error}", file=sys.stderr)
            failed += 1
            continue
        o = Overlay(path, docs)
        try:
            check(o, a, a.release)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            o.problem(f"unexpected shape ({type(e).__name__}: {e})")
        if o.problems:
            failed += 1
            print("\n".join(f"{o.name}: {p}" for p in o.problems), file=sys.stderr)
        else:
            print(f"{o.name}: {len(docs)} resources, image {o.image}, {o.connections}; probes, ports, network,"
                  " database and environment consistent")
    if failed:
        print(f"{failed} of {len(overlays)} overlays have problems", file=sys.stderr)
        sys.exit(1)
    print(f"{len(overlays)} overlays render and match the application")


if __name__ == "__main__":
    main()
