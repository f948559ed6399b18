#!/usr/bin/env bash
# Proves that what ships starts and serves, as a pod would run it:
#   1. the release (deploy/release.sh image) builds the base image of production from Debian packages
#      and the application image on it with Jib, no daemon, adds the AppCDS archive of a training run
#      (against a throwaway database), pushes into a throwaway registry, and pins its digest in a
#      copy of the production overlay;
#   2. the image is taken by that digest from the rendered overlay, unpacked (skopeo, umoci), and its
#      entrypoint run under chroot as its uid, with the environment and the mounted files the
#      overlay gives the migration Job and the Deployment, against a throwaway PostgreSQL cluster
#      that accepts TLS only (sslmode=verify-full with the cluster's CA);
#   3. the Job migrates and exits (and fails against a server signed by another CA); the server
#      becomes ready on its management port, health and metrics stay off the API port, a token
#      verified against the mounted JWK set reads contracts, the access log line is JSON with the
#      request id and no query string, the JVM runs with the image's flags and maps its AppCDS
#      archive (no warning of the JVM about it); check.py checks the probe paths against the running
#      instance.
# Needs root (chroot, mounts, pg_createcluster) and the Debian mirror. Fixed ports: the registry
# (REGISTRY_PORT, 5055) and the API (IMAGE_CHECK_PORT, 18380); the others are free ones.
#   deploy/image/check-image.sh        (KEEP=DIR keeps the work files)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
REGISTRY=127.0.0.1:${REGISTRY_PORT:-5055}
APP_PORT=${IMAGE_CHECK_PORT:-18380}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
MANAGEMENT_PORT=$(free_port)
PG_PORT=$(free_port)
PG_VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)
PG_CLUSTER=imgcheck$$
TRAINING_DB=aam_cds_training_$$
ROOTFS=$WORK/bundle/rootfs
started=$(date +%s)
step() { printf '  [%3ss] %s\n' $(( $(date +%s) - started )) "$*"; }
fail() { echo "$*" >&2; exit 1; }

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  for m in proc dev; do mountpoint -q "$ROOTFS/$m" 2>/dev/null && umount -l "$ROOTFS/$m" || true; done
  [ -n "${REGISTRY_PID:-}" ] && kill "$REGISTRY_PID" 2>/dev/null || true
  pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists --force "$TRAINING_DB" 2>/dev/null || true
  [ -z "${KEEP:-}" ] && rm -rf "$WORK"
}
trap cleanup EXIT

for tool in mmdebstrap umoci skopeo docker-registry; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap umoci skopeo docker-registry >/dev/null; break; }
done
export KUSTOMIZE=${KUSTOMIZE:-kubectl kustomize}

step "throwaway registry on $REGISTRY"
cat > "$WORK/registry.yml" <<YML
version: 0.1
storage: { filesystem: { rootdirectory: $WORK/registry } }
http: { addr: $REGISTRY }
log: { level: error }
YML
docker-registry serve "$WORK/registry.yml" > "$WORK/registry.log" 2>&1 & REGISTRY_PID=$!
for _ in $(seq 1 100); do curl -sf "http://$REGISTRY/v2/" >/dev/null && break; sleep 0.2; done
curl -sf "http://$REGISTRY/v2/" >/dev/null || { echo "the registry did not start:" >&2; cat "$WORK/registry.log" >&2; exit 1; }

step "release: base image from Debian packages, application image by Jib on it, digest pinned in the overlay"
mkdir -p "$WORK/release/src/main/resources/rulebook"
cp -r deploy pom.xml "$WORK/release/"
cp src/main/resources/application.properties "$WORK/release/src/main/resources/"
cp src/main/resources/rulebook/rulebook.yaml "$WORK/release/src/main/resources/rulebook/"
OVERLAY=$WORK/release/deploy/overlays/production
# The AppCDS archive's training run migrates and reads a throwaway database of the machine's server.
createdb -h 127.0.0.1 -U postgres "$TRAINING_DB"
TRAINING_DB_URL=postgresql://127.0.0.1:5432/$TRAINING_DB INSECURE_REGISTRY=true bash deploy/release.sh image "$REGISTRY" "$OVERLAY" > "$WORK/release.out" 2> "$WORK/release.log" \
  || { tail -30 "$WORK/release.log" >&2; exit 1; }
sed 's/^/    /' "$WORK/release.log"
python3 "$WORK/release/deploy/check.py" "$OVERLAY" | sed 's/^/    /'
$KUSTOMIZE "$OVERLAY" > "$WORK/rendered.yaml"
python3 deploy/image/pod.py Job < "$WORK/rendered.yaml" > "$WORK/job.pod"
python3 deploy/image/pod.py Deployment < "$WORK/rendered.yaml" > "$WORK/server.pod"
IMAGE=$(head -n 1 "$WORK/server.pod")
[ "$IMAGE" = "$(cat "$WORK/release.out")" ] || fail "the overlay runs $IMAGE, not the released $(cat "$WORK/release.out")"
[ "$(head -n 1 "$WORK/job.pod")" = "$IMAGE" ] || fail "the migration Job runs another image"

step "unpack $IMAGE"
skopeo copy --quiet --src-tls-verify=false "docker://$IMAGE" "oci:$WORK/app-oci:app"
umoci unpack --image "$WORK/app-oci:app" "$WORK/bundle" > /dev/null
python3 - "$WORK/bundle/config.json" > "$WORK/process" <<'PY'
import json, shlex, sys
p = json.load(open(sys.argv[1]))["process"]
print(p["user"]["uid"], p.get("cwd", "/"))
print(" ".join(shlex.quote(a) for a in p["args"]))
print(" ".join(shlex.quote(e) for e in p.get("env", [])))
PY
read -r uid cwd < "$WORK/process"
args=$(sed -n 2p "$WORK/process")
image_env=$(sed -n 3p "$WORK/process")
[ "$uid" != 0 ] || fail "the image runs as root"

step "PostgreSQL $PG_VERSION on $PG_PORT that accepts TLS only, with a certificate of a throwaway CA"
PKI=$WORK/pki; mkdir -p "$PKI"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=check-image-ca -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca -keyout "$PKI/other.key" -out "$PKI/other.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout "$PKI/server.key" -out "$PKI/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$PKI/san.ext"
openssl x509 -req -in "$PKI/server.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial -days 2 \
  -extfile "$PKI/san.ext" -out "$PKI/server.crt" 2>/dev/null
pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" > /dev/null
CONF=/etc/postgresql/$PG_VERSION/$PG_CLUSTER
install -o postgres -m 600 "$PKI/server.key" "$CONF/server.key"
install -o postgres -m 644 "$PKI/server.crt" "$CONF/server.crt"
cat >> "$CONF/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
ssl = on
ssl_cert_file = '$CONF/server.crt'
ssl_key_file = '$CONF/server.key'
CONF
printf 'hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\nlocal all all peer\n' > "$CONF/pg_hba.conf"
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
PGSSLMODE=require createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres aide
if PGSSLMODE=disable psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtc 'select 1' aide >/dev/null 2>&1; then
  fail "the check's PostgreSQL accepts connections without TLS"
fi

step "the pod's files: rulebook and settings from the overlay, a JWK set, the database CA"
write_files() { # pod file
  python3 - "$1" "$ROOTFS" <<'PY'
import os, sys
lines, root = open(sys.argv[1]).read().split("\n"), sys.argv[2]
i = 1
while i < len(lines):
    if lines[i].startswith("FILE "):
        path, content = lines[i][5:], []
        i += 1
        while lines[i] != "EOF":
            content.append(lines[i]); i += 1
        os.makedirs(os.path.dirname(root + path), exist_ok=True)
        open(root + path, "w").write("\n".join(content) + "\n")
    i += 1
PY
}
write_files "$WORK/job.pod"
write_files "$WORK/server.pod"
bench/token.sh keys "$WORK/keys"
mkdir -p "$ROOTFS/etc/aide-assistant-medical/jwt" "$ROOTFS/etc/aide-assistant-medical/db-ca"
JWT_KID=release-check bench/token.sh jwks "$WORK/keys" > "$ROOTFS/etc/aide-assistant-medical/jwt/jwks.json"
cp "$PKI/ca.crt" "$ROOTFS/etc/aide-assistant-medical/db-ca/ca.crt"
cp "$PKI/other.crt" "$ROOTFS/etc/aide-assistant-medical/db-ca/other.crt"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
chmod 1777 "$ROOTFS/tmp"

pod_env() { # pod file: its environment, the database at the check's cluster
  sed -n '2,$p' "$1" | sed '/^FILE /,/^EOF$/d' | grep -v '^DB_URL=' | sed "s/'/'\\\\''/g; s/^\([A-Z_0-9]*\)=\(.*\)$/\1='\2'/" | tr '\n' ' '
  echo "DB_URL='postgresql://127.0.0.1:$PG_PORT/aide?sslmode=verify-full' DB_USER=postgres DB_PASSWORD="
}
run() { # pod file, log, extra env...: runs the entrypoint as the pod would, in the background
  local pod=$1 log=$2; shift 2
  eval "exec env -i $image_env $(pod_env "$pod") $* \
    $(command -v chroot) --userspec=$uid:$uid $ROOTFS sh -c 'cd $cwd && exec $args'" > "$log" 2>&1 &
  APP_PID=$!
}
grep -q '^DB_URL=.*sslmode=verify-full' "$WORK/server.pod" || fail "the overlay's DB_URL does not require verify-full"

step "the migration Job, as the overlay runs it: migrates over TLS and exits"
run "$WORK/job.pod" "$WORK/job.log"
wait "$APP_PID" || { tail -30 "$WORK/job.log" >&2; fail "the migration Job failed"; }
APP_PID=
grep -q 'Successfully applied' "$WORK/job.log" || { tail -30 "$WORK/job.log" >&2; fail "the Job did not migrate"; }
run "$WORK/job.pod" "$WORK/job-other-ca.log" DB_CA_CERT=/etc/aide-assistant-medical/db-ca/other.crt
if wait "$APP_PID"; then fail "the Job reached PostgreSQL with a certificate of another CA: it is not verified"; fi
APP_PID=
grep -qiE 'ssl|pkix|certificat' "$WORK/job-other-ca.log" || { tail -20 "$WORK/job-other-ca.log" >&2; fail "the Job failed, but not on the certificate"; }
step "    and refuses a server certificate of another CA"

step "the server, as the Deployment runs it, on $APP_PORT (management $MANAGEMENT_PORT)"
run "$WORK/server.pod" "$WORK/app.log" PORT="$APP_PORT" MANAGEMENT_PORT="$MANAGEMENT_PORT"
server_started=$(date +%s%N)
API=http://127.0.0.1:$APP_PORT
MANAGEMENT=http://127.0.0.1:$MANAGEMENT_PORT
for _ in $(seq 1 180); do
  curl -sf "$MANAGEMENT/q/health/ready" > "$WORK/ready.json" && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
curl -sf "$MANAGEMENT/q/health/ready" > /dev/null || { tail -40 "$WORK/app.log" >&2; fail "the image did not become ready"; }
step "ready in $(( ($(date +%s%N) - server_started) / 1000000 )) ms (polled every 0.5 s): $(tr -d ' \n' < "$WORK/ready.json" | head -c 300)"
curl -sf "$MANAGEMENT/q/health/well" | grep -q '"database"' || fail "the database check is not UP over TLS"
python3 "$WORK/release/deploy/check.py" --app-url "$API" --management-url "$MANAGEMENT" "$OVERLAY" | sed 's/^/    /'
for path in /q/health /q/metrics; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$API$path")" = 404 ] || fail "$path answers on the API port"
done
# The gauge is set by a check every 10 s: the first one may have met the pool still opening TLS.
for _ in $(seq 1 30); do
  curl -sf "$MANAGEMENT/q/metrics" | grep -q '^aide_database_up 1' && break
  sleep 1
done
curl -sf "$MANAGEMENT/q/metrics" | grep -q '^aide_database_up 1' || fail "aide_database_up is not 1 after 30 s"
TOKEN=$(JWT_KID=release-check JWT_ISSUER=$(sed -n 's/^JWT_ISSUER=//p' "$WORK/server.pod") \
  bench/token.sh sign "$WORK/keys" image-check cpam-agent cpam=751)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'X-Request-Id: image-check-1' \
  "$API/api/v1/contracts?rpps=10000000009")
[ "$code" = 200 ] || { tail -20 "$WORK/app.log" >&2; fail "a token of the mounted JWK set reading contracts got $code"; }
step "a token verified against the JWK set reads contracts over TLS"
sleep 0.5
python3 - "$WORK/app.log" <<'PY' || fail "no JSON access-log line with the request id, or one that carries the query"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
access = [l for l in lines if l.get("loggerName") == "access" and l.get("mdc", {}).get("requestId") == "image-check-1"]
assert len(access) == 1, access
line = access[0]
assert line["mdc"]["path"] == "/api/v1/contracts" and line["mdc"]["status"] == "200", line
assert "10000000009" not in json.dumps(line), line
print("    access log:", json.dumps(line["mdc"], sort_keys=True))
PY
cmdline=$(tr '\0' ' ' < "/proc/$APP_PID/cmdline")
for flag in $(sed -n 's/^quarkus.jib.jvm-additional-arguments=//p' src/main/resources/application.properties | tr ',' ' '); do
  case " $cmdline " in *" $flag "*) ;; *) fail "the image starts the JVM without $flag: $cmdline" ;; esac
done
case " $cmdline " in *" -XX:SharedArchiveFile=/home/jboss/app-cds.jsa "*) ;; *) fail "the image starts the JVM without its AppCDS archive: $cmdline" ;; esac
if grep -E '\[(error|warning)\]\[cds' "$WORK/job.log" "$WORK/app.log"; then
  fail "the JVM did not map the image's AppCDS archive (lines above)"
fi
step "the JVM runs with the image's flags and maps its AppCDS archive: $cmdline"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
step "image checked"
