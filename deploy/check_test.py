#!/usr/bin/env python3
"""Tests deploy/check.py on broken copies of the manifests: each problem that on-call would meet on
its worst day must fail the check, with a message naming it; the shipped overlays and the variants
(JWKS URL, tracing) must pass; every overlay is checked even after one fails.

usage: python3 deploy/check_test.py     (needs kustomize, as check.py)
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
COPIED = ["deploy", "pom.xml", "src/main/resources/application.properties", "src/main/resources/rulebook/rulebook.yaml"]


class Copy:
    """A copy of what check.py reads, to break."""

    def __init__(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="check-test-"))
        for item in COPIED:
            source, target = ROOT / item, self.dir / item
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
            else:
                shutil.copy(source, target)

    def edit(self, path, old, new, count=1):
        file = self.dir / "deploy" / path
        text = file.read_text()
        if text.count(old) < count:
            raise AssertionError(f"{old!r} not in {path}: the test no longer breaks what it says")
        file.write_text(text.replace(old, new))

    def append(self, path, text):
        file = self.dir / "deploy" / path
        file.write_text(file.read_text() + text)

    def check(self, *args):
        overlays = [str(self.dir / "deploy/overlays" / a) for a in args if not a.startswith("--")]
        options = [a for a in args if a.startswith("--")]
        out = subprocess.run([sys.executable, str(self.dir / "deploy/check.py"), *options, *overlays],
                             capture_output=True, text=True)
        return out.returncode, out.stdout + out.stderr

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def replicas(c):
    c.edit("base/deployment.yaml", "  revisionHistoryLimit: 5", "  replicas: 3\n  revisionHistoryLimit: 5")


# (what is broken, overlay checked, how, what the check must say)
BROKEN = [
    # the law mounted in production
    ("a stale copy of the bundled rulebook in the base", "production",
     lambda c: c.edit("base/rulebook.yaml", "verified: 2026-12-02", "verified: 2026-12-01"),
     "deploy/base/rulebook.yaml differs from the bundled rulebook"),
    # 1. the CloudNativePG overlay
    ("the Cluster outside the namespace", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/kustomization.yaml", "\nnamespace: aide\n", "\n"),
     "Cluster aide-db is in namespace None"),
    ("no WAL archiving", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", "      isWALArchiver: true", "      isWALArchiver: false"),
     "archives no WAL"),
    ("no ScheduledBackup", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", "kind: ScheduledBackup", "kind: Backup"),
     "no ScheduledBackup"),
    ("the deprecated enablePodMonitor", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", "  instances: 3",
                      "  instances: 3\n  monitoring:\n    enablePodMonitor: true"),
     "enablePodMonitor is deprecated"),
    ("no PodMonitor for the database", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", "cnpg.io/cluster: aide-db", "cnpg.io/cluster: other"),
     "no PodMonitor scrapes the cluster aide-db"),
    ("the PostgreSQL image not pinned", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", "postgresql:17.6-system-trixie", "postgresql:17"),
     "is not pinned"),
    ("credentials from a Secret the operator does not make", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/kustomization.yaml", "value: aide-db-app", "value: aide-db-credentials", 4),
     "not the operator's Secret aide-db-app"),
    ("the app pointed at another host", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/kustomization.yaml", "postgresql://aide-db-rw:5432", "postgresql://aide-db:5432", 2),
     "not the cluster's primary service aide-db-rw"),
    # 2. readiness and disruptions
    ("readiness on the API port", "production",
     lambda c: c.edit("base/deployment.yaml", "path: /q/health/ready\n              port: management",
                      "path: /q/health/ready\n              port: http"),
     "readinessProbe uses port http, not the management port"),
    ("a PDB with minAvailable", "production",
     lambda c: c.edit("base/pdb.yaml", "maxUnavailable: 1", "minAvailable: 2"),
     "the PDB must use maxUnavailable"),
    ("a PDB without AlwaysAllow", "production",
     lambda c: c.edit("base/pdb.yaml", "  unhealthyPodEvictionPolicy: AlwaysAllow\n", ""),
     "unhealthyPodEvictionPolicy: AlwaysAllow"),
    # 3. connections
    ("pools above max_connections", "production",
     lambda c: c.edit("overlays/production/kustomization.yaml", "DB_POOL_SIZE=6", "DB_POOL_SIZE=20"),
     "above PostgreSQL's max_connections 100"),
    ("pools above the Cluster's max_connections", "production-cnpg",
     lambda c: c.edit("overlays/production-cnpg/cluster.yaml", 'max_connections: "150"', 'max_connections: "80"'),
     "above PostgreSQL's max_connections 80"),
    # 4. the image
    ("a mutable tag", "production",
     lambda c: c.edit("overlays/production/kustomization.yaml",
                      "digest: sha256:" + "0" * 64, "newTag: 1.0.0-SNAPSHOT"),
     "by registry and digest"),
    ("no registry", "production",
     lambda c: c.edit("overlays/production/kustomization.yaml",
                      "newName: registry.example.invalid/assurance-maladie", "newName: assurance-maladie"),
     "by registry and digest"),
    ("the placeholder digest at release", "production --release", None, "the image digest is the placeholder"),
    ("placeholders at release", "staging --release", None, "still holds a placeholder (.invalid)"),
    # 5. replicas beside the HPA
    ("replicas with an HPA", "production", replicas, "sets replicas while an HPA scales it"),
    # 6. the network
    ("the API port open to anyone", "production",
     lambda c: c.edit("base/networkpolicy.yaml", """    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
          podSelector:
            matchLabels:
              app.kubernetes.io/name: ingress-nginx
      ports:""", """    - ports:"""),
     "an ingress rule admits any source"),
    ("PostgreSQL's port to any address", "production",
     lambda c: c.edit("base/networkpolicy.yaml", """    - to:
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: postgresql
      ports:""", """    - ports:"""),
     "egress rule on [5432] admits any destination"),
    ("DNS without NodeLocal DNSCache", "production",
     lambda c: c.edit("base/networkpolicy.yaml", """        - ipBlock:
            cidr: 169.254.20.10/32
""", "", 2),
     "misses NodeLocal DNSCache"),
    ("egress to the identity provider without a JWKS URL", "production",
     lambda c: c.append("overlays/production/kustomization.yaml", """  - target:
      kind: NetworkPolicy
      name: aide-assistant-medical
    patch: |
      - op: add
        path: /spec/egress/-
        value:
          to: [{ipBlock: {cidr: 192.0.2.10/32}}]
          ports: [{port: 443, protocol: TCP}]
"""),
     "egress open on [443]"),
    ("the management port open to the ingress controller", "production",
     lambda c: c.edit("base/networkpolicy.yaml", "kubernetes.io/metadata.name: monitoring", "kubernetes.io/metadata.name: ingress-nginx")
     or c.edit("base/networkpolicy.yaml", "app.kubernetes.io/name: prometheus", "app.kubernetes.io/name: ingress-nginx"),
     "the management port is open to the same sources as the API port"),
    ("the management port behind the Service", "production",
     lambda c: c.edit("base/service.yaml", "targetPort: http", "targetPort: management"),
     "only the API port may be behind it"),
    # 7. migrations
    ("pods that migrate at start", "production",
     lambda c: c.edit("base/deployment.yaml", """name: DB_MIGRATE_AT_START
              value: "false\"""", """name: DB_MIGRATE_AT_START
              value: "true\""""),
     "the pods migrate at start"),
    ("a Job that does not exit after migrating", "production",
     lambda c: c.edit("base/migration-job.yaml", """            - name: QUARKUS_INIT_AND_EXIT
              value: "true"
""", ""),
     "QUARKUS_INIT_AND_EXIT=true"),
    ("Job pods that the Service would select", "production",
     lambda c: c.edit("base/migration-job.yaml", "app.kubernetes.io/name: aide-assistant-medical-migration",
                      "app.kubernetes.io/name: aide-assistant-medical"),
     "the Service would send them traffic"),
    # 8. the JVM
    ("JVM flags that override the measured ones", "production",
     lambda c: c.append("base/config.env", "JAVA_TOOL_OPTIONS=-XX:+UseG1GC\n"),
     "pinned in the image"),
    # 9. TLS to the database
    ("no sslmode", "production",
     lambda c: c.edit("base/deployment.yaml", "postgresql://postgresql:5432/aide?sslmode=verify-full",
                      "postgresql://postgresql:5432/aide"),
     "does not require sslmode=verify-full"),
    ("sslmode require only", "staging",
     lambda c: c.edit("base/migration-job.yaml", "sslmode=verify-full", "sslmode=require"),
     "does not require sslmode=verify-full"),
    ("the CA not mounted", "production",
     lambda c: c.edit("base/config.env", "DB_CA_CERT=/etc/aide-assistant-medical/db-ca/ca.crt", "DB_CA_CERT=/etc/ssl/ca.crt"),
     "DB_CA_CERT /etc/ssl/ca.crt is not a file of a mounted volume"),
    # alerts and scraping
    ("no alerts", "production",
     lambda c: c.edit("overlays/production/kustomization.yaml", "components:\n  - ../../components/monitoring\n", ""),
     "no PodMonitor scrapes the service's management port"),
    ("no alert on follow-up e-mails", "production",
     lambda c: c.edit("components/monitoring/prometheusrule.yaml", "campaign_followup_failed_total", "campaign_other"),
     "no alert on ['campaign_followup_failed_total']"),
    ("an environment variable the application does not read", "staging",
     lambda c: c.append("base/config.env", "DATABASE_URL=postgresql://elsewhere/aide\n"),
     "environment variable DATABASE_URL is not read by the application"),
]


def run():
    passed, failed = 0, []

    def case(name, test):
        nonlocal passed
        copy = Copy()
        try:
            test(copy)
            passed += 1
            print(f"ok    {name}")
        except AssertionError as e:
            failed.append(name)
            print(f"FAIL  {name}: {e}")
        finally:
            copy.close()

    def shipped(c):
        code, out = c.check()
        assert code == 0, out
        assert out.count("consistent") == 3, out

    case("the shipped overlays pass", shipped)

    def variants(c):
        c.edit("overlays/production/kustomization.yaml", "  - ../../components/monitoring\n",
               "  - ../../components/monitoring\n  - ../../components/jwks-url\n  - ../../components/tracing\n")
        code, out = c.check("production")
        assert code == 0, out

    case("the JWKS URL and tracing variants pass", variants)

    def every_overlay(c):
        replicas(c)
        c.edit("overlays/production/kustomization.yaml", "DB_POOL_SIZE=6", "DB_POOL_SIZE=20")
        c.edit("overlays/production-cnpg/kustomization.yaml", "\nnamespace: aide\n", "\n")
        code, out = c.check()
        assert code != 0, out
        for overlay in ("production", "production-cnpg", "staging"):
            assert f"{overlay}: the Deployment sets replicas" in out, f"{overlay} not checked after a failure:\n{out}"
        assert "production: 20 connections" in out and "production-cnpg: Cluster aide-db is in namespace None" in out, out
        assert "3 of 3 overlays have problems" in out, out

    case("every overlay is checked, whatever the others give", every_overlay)

    for name, where, breaks, message in BROKEN:
        def broken(c, where=where, breaks=breaks, message=message):
            if breaks:
                breaks(c)
            code, out = c.check(*where.split())
            assert code != 0, f"the check passed:\n{out}"
            assert message in out, f"expected {message!r} in:\n{out}"

        case(f"fails on {name}", broken)

    print(f"{passed} passed, {len(failed)} failed")
    return not failed


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
