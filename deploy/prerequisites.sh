#!/usr/bin/env bash
# Installs what running or testing Hubs needs and the machine lacks. As root it installs from the OS packages;
# otherwise it prints the exact command and fails.
#   prerequisites.sh [rabbitmq] [compose] [chromium] [nginx]   (nginx: only the gateway benchmark's comparison)
set -euo pipefail

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(rabbitmq)
missing=()
for want in "${wanted[@]}"; do
  case "$want" in
    rabbitmq) [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server) ;;
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    nginx) [ -x /usr/sbin/nginx ] || missing+=(nginx-light) ;;
    compose)
      # Only where a docker client exists: the compose file is checked with `docker compose config`.
      if command -v docker >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
        missing+=(docker-compose)
      fi ;;
    *) echo "prerequisites.sh: unknown item $want" >&2; exit 2 ;;
  esac
done

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is missing: see https://dot.net (global.json pins the version)." >&2; exit 1; }
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from the OS packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing: ${missing[*]}. Install with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
