#!/usr/bin/env bash
# The release: images by registry and digest, then the rollout after the migration.
#
#   deploy/release.sh image REGISTRY OVERLAY...
#       builds the base image (deploy/image/base-image.sh) and the application image on it by digest
#       (Jib, no daemon), adds the AppCDS archive of a training run of that image
#       (deploy/image/app-cds.sh: root, and TRAINING_DB_URL, an empty scratch database), pushes
#       both to REGISTRY, and pins the application image's digest in each OVERLAY's
#       kustomization.yaml (images: newName REGISTRY/..., digest). Commit the change: the overlay
#       then names exactly what runs, and `kubectl rollout undo` or a revert goes back to it.
#       INSECURE_REGISTRY=true for a plain-HTTP registry.
#   deploy/release.sh apply OVERLAY
#       refuses an overlay with placeholders (deploy/check.py --release), runs the migration Job of
#       the new image and waits for it, then applies the overlay and waits for the rollout.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE_NAME=assurance-maladie/aide-assistant-medical

case "${1:-}" in
  image)
    REGISTRY=$2; shift 2
    [ $# -gt 0 ] || { echo "which overlays?" >&2; exit 2; }
    [ -n "${TRAINING_DB_URL:-}" ] || { echo "TRAINING_DB_URL: an empty database for the AppCDS archive's training run" >&2; exit 2; }
    WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
    TLS=$([ "${INSECURE_REGISTRY:-false}" = true ] && echo false || echo true)
    BASE=$(bash deploy/image/base-image.sh "$REGISTRY" "$WORK")
    echo "base image: $BASE" >&2
    ./mvnw -q -B package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
      -Dquarkus.container-image.registry="$REGISTRY" -Dquarkus.container-image.insecure="$([ "$TLS" = false ] && echo true || echo false)" \
      -Dquarkus.jib.base-jvm-image="$BASE" > "$WORK/jib.log" 2>&1 || { tail -30 "$WORK/jib.log" >&2; exit 1; }
    VERSION=$(python3 -c "import xml.etree.ElementTree as E; print(E.parse('pom.xml').getroot().find('{http://maven.apache.org/POM/4.0.0}version').text)")
    RELEASED=$(bash deploy/image/app-cds.sh "$REGISTRY/$IMAGE_NAME:$VERSION" "$WORK")
    DIGEST=${RELEASED#*@}
    echo "application image, with its AppCDS archive: $REGISTRY/$IMAGE_NAME@$DIGEST" >&2
    for overlay in "$@"; do
      python3 - "$overlay/kustomization.yaml" "$REGISTRY/$IMAGE_NAME" "$DIGEST" <<'PY'
import re, sys
path, name, digest = sys.argv[1:]
text = open(path).read()
entry = re.search(r"(?m)^  - name: assurance-maladie/aide-assistant-medical\n((?:    .*\n)*)", text)
if not entry:
    sys.exit(f"{path}: no images entry for assurance-maladie/aide-assistant-medical")
body = f"    newName: {name}\n    digest: {digest}\n"
open(path, "w").write(text[:entry.start(1)] + body + text[entry.end(1):])
PY
      echo "pinned in $overlay" >&2
    done
    echo "$REGISTRY/$IMAGE_NAME@$DIGEST"
    ;;
  apply)
    OVERLAY=$2
    python3 deploy/check.py --release "$OVERLAY"
    NAMESPACE=$(kubectl kustomize "$OVERLAY" | python3 -c 'import sys, yaml
print(next(d["metadata"]["namespace"] for d in yaml.safe_load_all(sys.stdin) if d and d["kind"] == "Deployment"))')
    # A Job's pod template cannot change: the previous release's Job goes first.
    kubectl -n "$NAMESPACE" delete job aide-assistant-medical-migrate --ignore-not-found --wait=true
    # Everything but the Deployment first (the Job, its service account, policies and ConfigMaps,
    # whose names change with their content): the running pods are not touched until the schema is.
    kubectl apply -k "$OVERLAY" -l 'app.kubernetes.io/component!=server'
    kubectl -n "$NAMESPACE" wait --for=condition=complete --timeout=15m job/aide-assistant-medical-migrate \
      || { kubectl -n "$NAMESPACE" logs job/aide-assistant-medical-migrate --tail=50 >&2; exit 1; }
    kubectl apply -k "$OVERLAY"
    kubectl -n "$NAMESPACE" rollout status deployment/aide-assistant-medical --timeout=10m
    ;;
  *) sed -n '2,15p' "$0" >&2; exit 2 ;;
esac
