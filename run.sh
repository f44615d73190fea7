#!/usr/bin/env bash
# Runs the whole federation locally through the Aspire app host: a private RabbitMQ node, 12 hub nodes with demo
# data, the directory, the exchange, the gateway and the portal (served by the gateway at /), a development mail server.
#
# Stops everything it started (app host, services, dashboard, DCP, RabbitMQ and its epmd) within 30 s on Ctrl-C, on
# SIGTERM and on SIGHUP, in a terminal or in the background of a supervisor (where SIGINT is ignored from the start).
#
#   HUBS_GATEWAY_PORT (8080)  HUBS_RABBITMQ_PORT (5800, and the 15 ports after it)  HUBS_DASHBOARD_PORT (18888, and +2, +3)
#   HUBS_DATA_DIR (.hubs: data, generated secrets, the app host's log)
set -euo pipefail
cd "$(dirname "$0")"

gateway_port=${HUBS_GATEWAY_PORT:-8080}
rabbit_port=${HUBS_RABBITMQ_PORT:-5800}
mail_port=${HUBS_MAIL_PORT:-2525}
identity_port=${HUBS_IDENTITY_PORT:-$((gateway_port + 1))}
dashboard_port=${HUBS_DASHBOARD_PORT:-18888}
dashboard_url=http://127.0.0.1:${dashboard_port}

deploy/prerequisites.sh rabbitmq
echo "Building…"
dotnet build deploy/Hubs.AppHost -c Release -nologo -v quiet -clp:ErrorsOnly
# The development mail server (smtp4dev) comes from the local tool manifest, .config/dotnet-tools.json.
dotnet tool restore > /dev/null

data_dir=${HUBS_DATA_DIR:-.hubs}
mkdir -p "$data_dir"
log=$data_dir/apphost.log

# Every process of this run inherits this variable (DCP and the services too, although DCP starts its own session
# and RabbitMQ's epmd daemonizes): the stop finds them all by it, and only them.
# Always this run's own: a value inherited from the caller would mark the caller too.
run_id="$$-$(date +%s%N)"
export HUBS_RUN_ID=$run_id

# What the launch profile would set: the app host runs as built, not through `dotnet run` (decision 0021).
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS=$dashboard_url
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:$((dashboard_port + 2))
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:$((dashboard_port + 3))
# The app host and the dashboard it starts: the services' GC mode (deploy/Hubs.AppHost/LeanRuntime.cs) without their
# heap limit (the dashboard keeps the run's telemetry in memory).
export DOTNET_gcServer=0 DOTNET_gcConcurrent=0 DOTNET_TieredPGO=0
# No DCP watchdog process per service (~70 MB each): this script's stop is the backstop if DCP dies.
export DCP_DISABLE_MONITOR_PROCESS=true

started=$(date +%s%3N)
# Its own session: a terminal's Ctrl-C or hang-up reaches this script only, which then stops the app host in order.
setsid deploy/Hubs.AppHost/bin/Release/net10.0/Hubs.AppHost \
  --Hubs:GatewayPort="$gateway_port" --Hubs:RabbitMqPort="$rabbit_port" --Hubs:DataDirectory="$data_dir" --Hubs:MailPort="$mail_port" \
  --Hubs:IdentityPort="$identity_port" > "$log" 2>&1 < /dev/null &
apphost=$!

# The processes carrying this run's HUBS_RUN_ID, this script and its subshells left out.
run_processes() {
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}; pid=${pid%/environ}
    [ "$pid" = "$$" ] || [ "$pid" = "${BASHPID:-}" ] && continue
    if grep -qzx "HUBS_RUN_ID=$run_id" "$environ" 2>/dev/null; then echo "$pid"; fi
  done
  return 0
}

stop() {
  trap - INT TERM HUP EXIT
  set +e
  echo
  echo "Stopping the federation…"
  # The app host stops its resources through DCP on SIGTERM; give it 20 s.
  kill -TERM "$apphost" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$apphost" 2>/dev/null || break; sleep 0.5; done
  # Whatever is left (a service that would not stop, a DCP that crashed, the node's epmd): TERM, then KILL.
  local left
  left=$(run_processes)
  if [ -n "$left" ]; then
    # shellcheck disable=SC2086
    kill -TERM $left 2>/dev/null || true
    for _ in $(seq 1 10); do left=$(run_processes); [ -z "$left" ] && break; sleep 0.5; done
    # shellcheck disable=SC2086
    if [ -n "$left" ]; then kill -KILL $left 2>/dev/null; fi
  fi
  echo "Stopped."
}
trap stop INT TERM HUP EXIT

echo "Starting (log: $log, dashboard: $dashboard_url)…"
want=12
for _ in $(seq 1 600); do
  kill -0 "$apphost" 2>/dev/null || { echo "The app host exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  online=$(curl -fsS "http://127.0.0.1:${gateway_port}/api/directory/hubs" 2>/dev/null | grep -o '"status":"online"' | wc -l || true)
  # Up is what a person can use: the hubs online, the portal's home page and the sign-in provider answering.
  if [ "${online:-0}" -ge "$want" ] \
    && curl -fsS -o /dev/null "http://127.0.0.1:${gateway_port}/" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:${identity_port}/.well-known/openid-configuration" 2>/dev/null; then
    elapsed_ms=$(( $(date +%s%3N) - started ))
    echo
    echo "Hubs is up: $online hubs online after $((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 )) s."
    echo "  Portal:    http://127.0.0.1:${gateway_port}/   (the pages: book a consultation, in Italian or English)"
    echo "  Gateway:   http://127.0.0.1:${gateway_port}   (try /api/directory/hubs, /api/directory/experts, /api/hubs/lomazzo/experts)"
    echo "  Dashboard: ${dashboard_url}"
    echo "  RabbitMQ:  http://127.0.0.1:$((rabbit_port + 1))   (hubs-admin, password in $data_dir/broker-users.json)"
    echo "  Mail:      http://127.0.0.1:$((mail_port + 1))   (smtp4dev: every hub's mail lands here; SMTP on $mail_port)"
    echo "  Sign-in:   http://127.0.0.1:${identity_port}   (embedded OpenID Connect provider; demo accounts in $data_dir/demo-accounts.json):"
    sed -nE 's/.*"userName":"([^"]*)","password":"([^"]*)".*/    \1  \2/p' "$data_dir/demo-accounts.json"
    echo "Press Ctrl-C to stop (or send SIGTERM to $$)."
    break
  fi
  sleep 0.5
done
# `wait` returns as soon as a trapped signal arrives, so the trap runs at once.
wait "$apphost" || true
