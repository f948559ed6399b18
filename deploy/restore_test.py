#!/usr/bin/env python3
"""The restore, tested: the backup and restore commands of the runbook (deploy/README.md, "Back up
and restore") on the schema the service migrates, proven by the service itself reading the contracts
back from the restored database.

1. The packaged service migrates a scratch database; contracts are signed, activated, reviewed,
   paid and shared through the API; every contract, its status, events and list are read.
2. `pg_dump --format=custom` of that database; `pg_restore --exit-on-error --single-transaction`
   into another scratch database.
3. A second instance starts on the restored database without migrating (DB_MIGRATE_AT_START=false,
   so Hibernate validates the restored schema), and must answer exactly what the first answered;
   the migration Job's command against it finds nothing to migrate.

usage: python3 deploy/restore_test.py      (needs target/quarkus-app, PostgreSQL, pg_dump/pg_restore)
"""
import os
import subprocess
import sys
import tempfile
import uuid

WORK = tempfile.mkdtemp(prefix="restore-test-")
os.environ["WORK"] = WORK
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reliability"))
from lib import App, JAR, contract_body, free_port, token  # noqa: E402
import lib  # noqa: E402


def call(*args, **kwargs):
    # A check of the restore, not of latency: the first writes after a start on a busy machine may
    # take seconds (cold JIT), which must not fail it.
    return lib.call(*args, timeout=60, **kwargs)

PGHOST = os.environ.get("TEST_DB_HOST", "127.0.0.1")
PGPORT = os.environ.get("TEST_DB_PORT", "5432")
PGUSER = os.environ.get("TEST_DB_USER", "postgres")
SUFFIX = uuid.uuid4().hex[:8]
SOURCE, RESTORED = f"aam_backup_{SUFFIX}", f"aam_restored_{SUFFIX}"
PG = ["-h", PGHOST, "-p", PGPORT, "-U", PGUSER]


def pg(*command):
    subprocess.run(list(command), check=True, capture_output=True, text=True)


def url(database):
    return f"postgresql://{PGHOST}:{PGPORT}/{database}"


def snapshot(base, agent, ids):
    """Everything the API says of the contracts."""
    seen = {"list": call(base, "GET", "/api/v1/contracts?limit=100", None, agent)[1]}
    for i in ids:
        for path in (f"/api/v1/contracts/{i}", f"/api/v1/contracts/{i}/status", f"/api/v1/contracts/{i}/events"):
            status, body, headers = call(base, "GET", path, None, agent)
            assert status == 200, (path, status, body)
            seen[path] = (body, headers.get("ETag"))
    return seen


def main():
    agent = None
    apps = []
    try:
        pg("createdb", *PG, SOURCE)
        source = App(free_port(), url(SOURCE), f"{WORK}/source.log")
        apps.append(source)
        source.wait_ready()
        agent = {"Authorization": "Bearer " + token("restore-agent", "cpam-agent", cpam="751")}
        base = source.url()
        ids = []
        for n in range(5):
            status, body, _ = call(base, "POST", "/api/v1/contracts", contract_body(880000 + n), agent)
            assert status == 201, body
            ids.append(body["id"])
        first = ids[0]
        steps = [("transitions", {"action": "ACTIVATE", "effectiveDate": "2025-03-15"}),
                 ("reviews", {"contractYear": 1, "patientsMt": 1250, "patientsFileActive": 1850}),
                 ("payments", {"contractYear": 1, "amount": 1000, "paidOn": "2025-06-01", "reference": "restore-1"})]
        for path, body in steps:
            status, answer, _ = call(base, "POST", f"/api/v1/contracts/{first}/{path}", body, agent)
            assert status in (200, 201), (path, status, answer)
        status, answer, _ = call(base, "PUT", f"/api/v1/contracts/{ids[1]}/grants/editeur-1", None, agent)
        assert status in (200, 201, 204), (status, answer)
        before = snapshot(base, agent, ids)
        source.stop()

        dump = os.path.join(WORK, "aide.dump")
        pg("pg_dump", *PG, "--format=custom", "--no-owner", "--no-privileges", "--file", dump, SOURCE)
        pg("createdb", *PG, RESTORED)
        pg("pg_restore", *PG, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
           "--dbname", RESTORED, dump)

        migrate = subprocess.run(["java", "-jar", JAR], capture_output=True, text=True, timeout=180,
                                 env=dict(os.environ, QUARKUS_INIT_AND_EXIT="true", DB_MIGRATE_AT_START="true",
                                          SHUTDOWN_DELAY="0s", LOG_JSON="false", DB_URL=url(RESTORED),
                                          PORT=str(free_port()), MANAGEMENT_PORT=str(free_port())))
        assert migrate.returncode == 0, migrate.stdout[-3000:]
        assert "No migration necessary" in migrate.stdout or "is up to date" in migrate.stdout, migrate.stdout[-3000:]

        restored = App(free_port(), url(RESTORED), f"{WORK}/restored.log", DB_MIGRATE_AT_START="false")
        apps.append(restored)
        restored.wait_ready()
        after = snapshot(restored.url(), agent, ids)
        differing = [k for k in before if before[k] != after.get(k)]
        assert not differing, f"the restored database answers otherwise on {differing}"
        assert len(after["list"]["items"]) == len(ids), after["list"]
        print(f"restore: {len(ids)} contracts with their reviews, payments, grants and {len(after) - 1} answers"
              " read back identical from the restored database")
        print("1 passed, 0 failed")
    finally:
        for app in apps:
            app.stop()
        for database in (SOURCE, RESTORED):
            subprocess.run(["dropdb", *PG, "--if-exists", "--force", database], capture_output=True)
        subprocess.run(["rm", "-rf", WORK])


if __name__ == "__main__":
    main()
