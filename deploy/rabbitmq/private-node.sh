#!/usr/bin/env bash
# A private RabbitMQ node on 127.0.0.1 with its own ports, data and logs, from the OS package (no container).
#
#   private-node.sh start DIR AMQP_PORT   start in the background and wait until it accepts connections
#   private-node.sh run   DIR AMQP_PORT   run in the foreground (the Aspire app host supervises it this way)
#   private-node.sh stop  DIR AMQP_PORT   stop the node and its epmd
#
# The node takes a block of 16 ports from AMQP_PORT: management = +1, Erlang distribution = +2, its own epmd = +3
# (so stopping it never touches another node's), the CLI's distribution ports = +4..+15. RabbitMQ's defaults
# (dist = AMQP+20000, CLI = dist+10000) collide with each other as soon as the AMQP port moves.
set -euo pipefail

cmd=${1:?start|run|stop}
dir=$(mkdir -p "${2:?data dir}" && cd "$2" && pwd)
amqp=${3:?amqp port}
mgmt=$((amqp + 1))
dist=$((amqp + 2))
epmd_port=$((amqp + 3))
node="hubs${amqp}@localhost"
bin=/usr/lib/rabbitmq/bin

if [ ! -x "$bin/rabbitmq-server" ]; then
  echo "rabbitmq-server is not installed. Install it with: sudo apt-get install -y rabbitmq-server" >&2
  exit 3
fi

export RABBITMQ_NODENAME="$node"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$amqp"
export RABBITMQ_DIST_PORT="$dist"
export RABBITMQ_CTL_DIST_PORT_MIN=$((amqp + 4))
export RABBITMQ_CTL_DIST_PORT_MAX=$((amqp + 15))
export ERL_EPMD_PORT="$epmd_port"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_MNESIA_BASE="$dir/mnesia"
export RABBITMQ_LOG_BASE="$dir/log"
export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
# Quiet, fast local node; the cookie lives with the node so the CLI and the node always agree.
export HOME="$dir"

write_config() {
  mkdir -p "$dir/mnesia" "$dir/log"
  cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$amqp
management.tcp.ip = 127.0.0.1
management.tcp.port = $mgmt
loopback_users.guest = true
CONF
  if [ -n "${HUBS_RABBITMQ_DEFINITIONS:-}" ]; then
    echo "load_definitions = $HUBS_RABBITMQ_DEFINITIONS" >> "$dir/rabbitmq.conf"
  fi
  echo '[rabbitmq_management].' > "$dir/enabled_plugins"
}

ctl() { "$bin/rabbitmqctl" -n "$node" "$@"; }

case "$cmd" in
  run)
    write_config
    exec "$bin/rabbitmq-server"
    ;;
  start)
    write_config
    nohup "$bin/rabbitmq-server" > "$dir/log/console.log" 2>&1 &
    for _ in $(seq 1 60); do
      # await_startup exits 69 until the node is reachable at all; then the management API must answer too (whoever
      # started the node creates users and virtual hosts through it at once): 200, or 401 when guest is not loaded.
      if ctl await_startup --timeout 5 >/dev/null 2>&1 &&
        curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$mgmt/api/overview" 2>/dev/null | grep -qE '^(200|401)$'; then
        echo "RabbitMQ $node ready on amqp://127.0.0.1:$amqp (management http://127.0.0.1:$mgmt)"
        exit 0
      fi
      sleep 1
    done
    echo "RabbitMQ $node did not start; see $dir/log" >&2
    exit 1
    ;;
  stop)
    ctl stop >/dev/null 2>&1 || true
    if [ -f "$dir/rabbitmq.pid" ]; then kill "$(cat "$dir/rabbitmq.pid")" 2>/dev/null || true; fi
    epmd -port "$epmd_port" -kill >/dev/null 2>&1 || "$(dirname "$(readlink -f "$(command -v erl)")")/epmd" -port "$epmd_port" -kill >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|run|stop DIR AMQP_PORT" >&2
    exit 2
    ;;
esac
