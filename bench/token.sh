#!/usr/bin/env bash
# Mints an RS256 token for benchmarks and local trials, with a key pair made by `token.sh keys DIR`.
#   token.sh keys DIR                       writes DIR/private.pem and DIR/public.pem
#   token.sh sign DIR SUBJECT ROLE [k=v..]  prints a token valid one hour (claims k=v are strings)
#   token.sh jwks DIR                       prints DIR/public.pem as a JWK set (JWT_KID, default "k1")
# The issuer and audience are those of JWT_ISSUER / JWT_AUDIENCE (defaults below); tokens name the
# key JWT_KID in their header when it is set.
set -euo pipefail
issuer=${JWT_ISSUER:-https://issuer.bench.invalid}
audience=${JWT_AUDIENCE:-aide-assistant-medical}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

case "${1:-}" in
  keys)
    mkdir -p "$2"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$2/private.pem" 2>/dev/null
    openssl pkey -in "$2/private.pem" -pubout -out "$2/public.pem"
    ;;
  sign)
    dir=$2 subject=$3 role=$4; shift 4
    extra=""
    for kv in "$@"; do extra="$extra,\"${kv%%=*}\":\"${kv#*=}\""; done
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"%s}' "${JWT_KID:+,\"kid\":\"$JWT_KID\"}" | b64url)
    payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d%s}' \
      "$issuer" "$audience" "$subject" "$role" "$now" $((now + 3600)) "$extra" | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/private.pem" | b64url)
    echo "$header.$payload.$signature"
    ;;
  jwks)
    n=$(python3 -c 'import base64, sys; print(base64.urlsafe_b64encode(bytes.fromhex(sys.argv[1])).decode().rstrip("="))' \
      "$(openssl rsa -pubin -in "$2/public.pem" -noout -modulus | cut -d= -f2)")
    printf '{"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "%s", "n": "%s", "e": "AQAB"}]}\n' \
      "${JWT_KID:-k1}" "$n"
    ;;
  *) echo "usage: $0 keys DIR | sign DIR SUBJECT ROLE [claim=value ...] | jwks DIR" >&2; exit 2 ;;
esac
