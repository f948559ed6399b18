#!/usr/bin/env bash
# Adds an AppCDS archive to the application image (the application's classes of a training run,
# parsed and verified: JDK class-data sharing, -XX:SharedArchiveFile), made from the image itself: an
# archive is only used by the JVM build that wrote it, for the jars at the same paths, sizes and
# dates, and under the same collector (trained with -XX:MaxRAM of the pod's limit), so it cannot be made at
# build time on the build's JDK. bench/process measures what it buys.
#
#   deploy/image/app-cds.sh IMAGE WORKDIR
#       IMAGE is REGISTRY/NAME:TAG as Jib pushed it. Unpacks it (skopeo, umoci), runs its entrypoint
#       under chroot as its user: first as the migration Job (into TRAINING_DB_URL), then as the
#       server with -XX:ArchiveClassesAtExit until ready, with simulations and two batches of 35 000
#       generated profiles, then stops it (the JVM writes the archive as it exits). Adds the archive
#       as a layer at /home/jboss/app-cds.jsa, puts -XX:SharedArchiveFile=/home/jboss/app-cds.jsa in
#       the entrypoint, pushes the image under the same tag and prints it by digest. A JVM that
#       cannot use the archive (another collector, say) starts without it after one warning line.
#
# TRAINING_DB_URL: an empty PostgreSQL database the training may migrate and read, never production's
# (TRAINING_DB_USER, default postgres; TRAINING_DB_PASSWORD, default empty). Needs root (chroot,
# mounts). INSECURE_REGISTRY=true for a plain-HTTP registry. The archive holds no data of the
# database: class metadata only.
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGE=$1
WORK=$2/app-cds
: "${TRAINING_DB_URL:?TRAINING_DB_URL must name an empty database for the training run}"
TLS=$([ "${INSECURE_REGISTRY:-false}" = true ] && echo false || echo true)
ARCHIVE=/home/jboss/app-cds.jsa
ROOTFS=$WORK/bundle/rootfs
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
MANAGEMENT_PORT=$(free_port)
POD_MEMORY=$(sed -n '/limits:/,/memory:/s/^ *memory: *\([0-9]*\)Mi$/\1/p' deploy/base/deployment.yaml | head -n 1)

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  for m in proc dev; do mountpoint -q "$ROOTFS/$m" 2>/dev/null && umount -l "$ROOTFS/$m" || true; done
}
trap cleanup EXIT
rm -rf "$WORK"; mkdir -p "$WORK"

skopeo copy --quiet --src-tls-verify="$TLS" "docker://$IMAGE" "oci:$WORK/oci:app"
umoci unpack --image "$WORK/oci:app" "$WORK/bundle" > /dev/null
skopeo inspect --config "oci:$WORK/oci:app" > "$WORK/config.json"
# The entrypoint as Jib wrote it (java, the image's flags, -jar quarkus-run.jar), its user and dir.
python3 - "$WORK/config.json" > "$WORK/process" <<'PY'
import json, shlex, sys
c = json.load(open(sys.argv[1]))["config"]
entry = c["Entrypoint"]
if entry[0] != "java" or any(a.startswith("-XX:SharedArchiveFile") for a in entry):
    sys.exit(f"unexpected entrypoint: {entry}")
print(c.get("User", "0").split(":")[0], c.get("WorkingDir") or "/")
print(" ".join(shlex.quote(a) for a in entry[1:]))
print(" ".join(shlex.quote(e) for e in c.get("Env", [])))
PY
read -r uid cwd < "$WORK/process"
flags=$(sed -n 2p "$WORK/process")
image_env=$(sed -n 3p "$WORK/process")

mkdir -p "$ROOTFS/tmp/training"
bench/token.sh keys "$WORK/keys"
cp "$WORK/keys/public.pem" "$ROOTFS/tmp/training/public.pem"
chmod -R a+rwX "$ROOTFS/tmp/training"
chmod 1777 "$ROOTFS/tmp"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
export JWT_ISSUER=https://issuer.training.invalid
run() { # log, java options before the image's, VAR=VALUE...: the entrypoint under chroot, in the background
  local log=$1 options=$2; shift 2
  eval "exec env -i $image_env DB_URL='$TRAINING_DB_URL' DB_USER='${TRAINING_DB_USER:-postgres}' \
    DB_PASSWORD='${TRAINING_DB_PASSWORD:-}' JWT_ISSUER='$JWT_ISSUER' \
    JWT_PUBLIC_KEY_LOCATION=file:/tmp/training/public.pem PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT_PORT \
    RATE_LIMIT_ENABLED=false $* $(command -v chroot) --userspec=$uid:$uid $ROOTFS \
    sh -c 'cd $cwd && exec java $options $flags'" > "$log" 2>&1 &
  APP_PID=$!
}

# The schema the server validates at start, as the migration Job would leave it.
run "$WORK/migrate.log" "" QUARKUS_INIT_AND_EXIT=true DB_MIGRATE_AT_START=true
wait "$APP_PID" || { tail -30 "$WORK/migrate.log" >&2; echo "the training database could not be migrated" >&2; exit 1; }
APP_PID=

# The training run, sized as the pod (its memory limit), as the Deployment starts it.
run "$WORK/training.log" "-XX:MaxRAM=${POD_MEMORY}m -XX:ArchiveClassesAtExit=/tmp/training/app-cds.jsa" DB_MIGRATE_AT_START=false
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null \
  || { tail -30 "$WORK/training.log" >&2; echo "the training run did not become ready" >&2; exit 1; }
API=http://127.0.0.1:$PORT
python3 bench/generate.py 35000 > "$WORK/35k.ndjson"
TOKEN=$(bench/token.sh sign "$WORK/keys" cds-training cpam-agent cpam=751)
for _ in 1 2; do
  curl -sf -o /dev/null -X POST "$API/api/v1/simulations/batch" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/35k.ndjson" \
    || { tail -30 "$WORK/training.log" >&2; echo "the training batch failed" >&2; exit 1; }
done
head -n 200 "$WORK/35k.ndjson" | while read -r profile; do
  curl -s -o /dev/null -X POST "$API/api/v1/simulations" -H 'Content-Type: application/json' -d "$profile"
done
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/api/v1/contracts?limit=5"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
[ -s "$ROOTFS/tmp/training/app-cds.jsa" ] || { tail -30 "$WORK/training.log" >&2; echo "the training run wrote no AppCDS archive" >&2; exit 1; }

# The archive as a layer, and the entrypoint that reads it (the JVM starts without it, with a
# warning, if it ever cannot map it: deploy/image/check-image.sh fails on that warning).
mkdir -p "$WORK/layer"
install -m 0444 "$ROOTFS/tmp/training/app-cds.jsa" "$WORK/layer/app-cds.jsa"
umoci insert --image "$WORK/oci:app" "$WORK/layer/app-cds.jsa" "$ARCHIVE" > /dev/null
entry=(--clear=config.entrypoint --config.entrypoint java --config.entrypoint "-XX:SharedArchiveFile=$ARCHIVE")
eval "set -- $flags"
for a in "$@"; do entry+=(--config.entrypoint "$a"); done
umoci config --image "$WORK/oci:app" "${entry[@]}"
skopeo copy --quiet --dest-tls-verify="$TLS" "oci:$WORK/oci:app" "docker://$IMAGE"
echo "AppCDS archive: $(( $(stat -c %s "$WORK/layer/app-cds.jsa") / 1048576 )) MiB, from a training run of the image" >&2
echo "${IMAGE%:*}@$(skopeo inspect --tls-verify="$TLS" --format '{{.Digest}}' "docker://$IMAGE")"
