#!/usr/bin/env bash
# Runs the whole federation locally through the Aspire app host: a private RabbitMQ node, 12 hub nodes with demo
# data, the directory, the exchange and the gateway. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"

gateway_port=${HUBS_GATEWAY_PORT:-8080}
rabbit_port=${HUBS_RABBITMQ_PORT:-5800}
identity_port=${HUBS_IDENTITY_PORT:-$((gateway_port + 1))}
dashboard_url=http://127.0.0.1:18888

deploy/prerequisites.sh rabbitmq
echo "Building…"
dotnet build deploy/Hubs.AppHost -c Release -nologo -v quiet -clp:ErrorsOnly

mkdir -p .hubs
log=.hubs/apphost.log
started=$(date +%s%3N)
dotnet run --project deploy/Hubs.AppHost -c Release --no-build --launch-profile http -- \
  --Hubs:GatewayPort="$gateway_port" --Hubs:RabbitMqPort="$rabbit_port" --Hubs:IdentityPort="$identity_port" > "$log" 2>&1 &
apphost=$!

stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the federation…"
  kill -INT "$apphost" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$apphost" 2>/dev/null || break; sleep 1; done
  kill -KILL "$apphost" 2>/dev/null || true
  # The broker's own epmd outlives it by design; stop what the node left behind.
  deploy/rabbitmq/private-node.sh stop .hubs/rabbitmq "$rabbit_port" || true
  echo "Stopped."
}
trap stop INT TERM EXIT

echo "Starting (log: $log, dashboard: $dashboard_url)…"
want=12
for _ in $(seq 1 300); do
  kill -0 "$apphost" 2>/dev/null || { echo "The app host exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  online=$(curl -fsS "http://127.0.0.1:${gateway_port}/api/directory/hubs" 2>/dev/null | grep -o '"status":"online"' | wc -l || true)
  if [ "${online:-0}" -ge "$want" ]; then
    elapsed_ms=$(( $(date +%s%3N) - started ))
    echo
    echo "Hubs is up: $online hubs online after $((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 )) s."
    echo "  Gateway:   http://127.0.0.1:${gateway_port}   (try /api/directory/hubs, /api/directory/experts, /api/hubs/lomazzo/experts)"
    echo "  Dashboard: ${dashboard_url}"
    echo "  RabbitMQ:  http://127.0.0.1:$((rabbit_port + 1))   (hubs-admin, password in .hubs/broker-users.json)"
    echo "  Sign-in:   http://127.0.0.1:${identity_port}   (embedded OpenID Connect provider; demo accounts in .hubs/demo-accounts.json):"
    sed -nE 's/.*"userName":"([^"]*)","password":"([^"]*)".*/    \1  \2/p' .hubs/demo-accounts.json
    echo "Press Ctrl-C to stop."
    break
  fi
  sleep 1
done
wait "$apphost"
