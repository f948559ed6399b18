#!/usr/bin/env bash
# The base image of production: Debian bookworm with openjdk-17-jre-headless and the CA
# certificates, built from Debian packages without a daemon (mmdebstrap, umoci), pushed to REGISTRY.
# Prints the pushed image by digest. deploy/release.sh builds on it; deploy/image/check-image.sh
# builds the same one, so that what is checked is what ships.
#   deploy/image/base-image.sh REGISTRY WORKDIR      (INSECURE_REGISTRY=true for a plain-HTTP one)
set -euo pipefail
REGISTRY=$1
WORK=$2
NAME=$REGISTRY/assurance-maladie/jre17-base
TLS=$([ "${INSECURE_REGISTRY:-false}" = true ] && echo false || echo true)
mkdir -p "$WORK"
for tool in mmdebstrap umoci skopeo; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap umoci skopeo >/dev/null; break; }
done
mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  bookworm "$WORK/base.tar" > "$WORK/mmdebstrap.log" 2>&1 || { tail -20 "$WORK/mmdebstrap.log" >&2; exit 1; }
rm -rf "$WORK/base-oci" "$WORK/base-rootfs"
umoci init --layout "$WORK/base-oci"
umoci new --image "$WORK/base-oci:17"
mkdir -p "$WORK/base-rootfs" && tar -C "$WORK/base-rootfs" -xf "$WORK/base.tar"
umoci insert --image "$WORK/base-oci:17" "$WORK/base-rootfs" / > /dev/null
umoci config --image "$WORK/base-oci:17" --config.env PATH=/usr/local/bin:/usr/bin:/bin --config.workingdir / \
  --config.user 185:185
skopeo copy --quiet --dest-tls-verify="$TLS" "oci:$WORK/base-oci:17" "docker://$NAME:17"
echo "$NAME@$(skopeo inspect --tls-verify="$TLS" --format '{{.Digest}}' "docker://$NAME:17")"
