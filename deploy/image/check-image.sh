#!/usr/bin/env bash
# Builds the container image with Jib (no Docker daemon) on a base image made from Debian packages,
# then unpacks it and runs its entrypoint under chroot, against the local PostgreSQL, until it
# reports ready. Needs root (chroot, mounts) and network access to the Debian mirror.
#   deploy/image/check-image.sh [--keep DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
REGISTRY=127.0.0.1:${REGISTRY_PORT:-5055}
APP_PORT=${IMAGE_CHECK_PORT:-18380}
PGHOST=${TEST_DB_HOST:-127.0.0.1}
DB=aam_image_check
VERSION=$(python3 -c "import xml.etree.ElementTree as E; print(E.parse('pom.xml').getroot().find('{http://maven.apache.org/POM/4.0.0}version').text)")
IMAGE=$REGISTRY/assurance-maladie/aide-assistant-medical:$VERSION
ROOTFS=$WORK/bundle/rootfs
started=$(date +%s)
step() { printf '  [%3ss] %s\n' $(( $(date +%s) - started )) "$*"; }

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  for m in proc dev; do mountpoint -q "$ROOTFS/$m" 2>/dev/null && umount -l "$ROOTFS/$m" || true; done
  [ -n "${REGISTRY_PID:-}" ] && kill "$REGISTRY_PID" 2>/dev/null || true
  [ -z "${KEEP:-}" ] && rm -rf "$WORK"
}
trap cleanup EXIT

for tool in mmdebstrap umoci skopeo docker-registry; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap umoci skopeo docker-registry >/dev/null; break; }
done

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

step "base image: Debian bookworm with openjdk-17-jre-headless (mmdebstrap)"
mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  bookworm "$WORK/base.tar" > "$WORK/mmdebstrap.log" 2>&1 || { tail -20 "$WORK/mmdebstrap.log"; exit 1; }
umoci init --layout "$WORK/base-oci"
umoci new --image "$WORK/base-oci:17"
mkdir -p "$WORK/base-rootfs" && tar -C "$WORK/base-rootfs" -xf "$WORK/base.tar"
umoci insert --image "$WORK/base-oci:17" "$WORK/base-rootfs" /
umoci config --image "$WORK/base-oci:17" --config.env PATH=/usr/local/bin:/usr/bin:/bin --config.workingdir /
skopeo copy --quiet --dest-tls-verify=false "oci:$WORK/base-oci:17" "docker://$REGISTRY/debian-openjdk:17"

step "application image with Jib, pushed to the throwaway registry"
./mvnw -q -B package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$REGISTRY" -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="$REGISTRY/debian-openjdk:17" > "$WORK/jib.log" 2>&1 || { tail -30 "$WORK/jib.log"; exit 1; }

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
env=$(sed -n 3p "$WORK/process")
[ "$uid" != 0 ] || { echo "the image runs as root" >&2; exit 1; }

step "run the entrypoint as uid $uid under chroot, against PostgreSQL"
psql -h "$PGHOST" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres
createdb -h "$PGHOST" -U postgres "$DB"
mkdir -p "$ROOTFS/etc/aide-assistant-medical/jwt"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | openssl pkey -pubout \
  > "$ROOTFS/etc/aide-assistant-medical/jwt/public-key.pem"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
chmod 1777 "$ROOTFS/tmp"
eval "exec env -i $env PORT=$APP_PORT DB_URL=postgresql://$PGHOST:5432/$DB DB_USER=postgres LOG_JSON=false \
  $(command -v chroot) --userspec=$uid:$uid $ROOTFS sh -c 'cd $cwd && exec $args'" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" > "$WORK/ready.json"; then
    step "ready: $(tr -d ' \n' < "$WORK/ready.json" | head -c 300)"
    python3 deploy/check.py --app-url "http://127.0.0.1:$APP_PORT" | sed 's/^/  /'
    tr '\0' ' ' < "/proc/$APP_PID/cmdline" | grep -q -- '-XX:MaxRAMPercentage=45' \
      || { echo "the image starts the JVM without its heap setting: $(tr '\0' ' ' < "/proc/$APP_PID/cmdline")" >&2; exit 1; }
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
    psql -h "$PGHOST" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres
    exit 0
  fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
echo "the image did not become ready:" >&2
tail -40 "$WORK/app.log" >&2
exit 1
