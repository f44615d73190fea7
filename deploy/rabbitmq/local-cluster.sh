#!/usr/bin/env bash
# A three-node RabbitMQ cluster on 127.0.0.1 from the OS package (no container), for fault tests and trying the cluster
# out. Each node takes a block of 16 ports from BASE + 16*(N-1): AMQP = +0, management = +1, Erlang distribution = +2,
# the CLI's distribution ports = +4..+15. All nodes and the CLI share one HOME (the Erlang cookie) and one private epmd
# on BASE+3 (never the default 4369, which other nodes on the machine may own).
#
#   local-cluster.sh start   DIR BASE     start the three nodes and cluster nodes 2 and 3 with node 1
#   local-cluster.sh kill    DIR BASE N   SIGKILL node N (no clean shutdown: what a crashed machine does)
#   local-cluster.sh restart DIR BASE N   start node N again with its data; it rejoins the cluster by itself
#   local-cluster.sh stop    DIR BASE     stop every node and the epmd
#   local-cluster.sh pid     DIR BASE N   the OS process id of node N
set -euo pipefail

cmd=${1:?start|kill|restart|stop|pid}
dir=$(mkdir -p "${2:?data dir}" && cd "$2" && pwd)
base=${3:?base port}
bin=/usr/lib/rabbitmq/bin
epmd_port=$((base + 3))

if [ ! -x "$bin/rabbitmq-server" ]; then
  echo "rabbitmq-server is not installed. Install it with: sudo apt-get install -y rabbitmq-server" >&2
  exit 3
fi

export HOME="$dir"
export ERL_EPMD_PORT="$epmd_port"
export ERL_EPMD_ADDRESS=127.0.0.1

amqp_of() { echo $((base + 16 * ($1 - 1))); }
name_of() { echo "hubs$(amqp_of "$1")@localhost"; }

# The environment of node N (the CLI needs the same distribution settings to reach it).
node_env() {
  local n=$1 amqp node_dir
  amqp=$(amqp_of "$n")
  node_dir="$dir/node$n"
  export RABBITMQ_NODENAME; RABBITMQ_NODENAME=$(name_of "$n")
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$amqp"
  export RABBITMQ_DIST_PORT=$((amqp + 2))
  export RABBITMQ_CTL_DIST_PORT_MIN=$((amqp + 4))
  export RABBITMQ_CTL_DIST_PORT_MAX=$((amqp + 15))
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_MNESIA_BASE="$node_dir/mnesia"
  export RABBITMQ_LOG_BASE="$node_dir/log"
  export RABBITMQ_CONFIG_FILE="$node_dir/rabbitmq.conf"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$node_dir/enabled_plugins"
  export RABBITMQ_PID_FILE="$node_dir/rabbitmq.pid"
  mkdir -p "$node_dir/mnesia" "$node_dir/log"
}

ctl() { local n=$1; shift; (node_env "$n"; "$bin/rabbitmqctl" -n "$(name_of "$n")" "$@"); }

start_node() {
  local n=$1
  (
    node_env "$n"
    cat > "$RABBITMQ_CONFIG_FILE" <<CONF
listeners.tcp.1 = 127.0.0.1:$RABBITMQ_NODE_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $((RABBITMQ_NODE_PORT + 1))
loopback_users.guest = true
cluster_partition_handling = pause_minority
CONF
    echo '[rabbitmq_management].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    nohup "$bin/rabbitmq-server" > "$RABBITMQ_LOG_BASE/console.log" 2>&1 &
  )
}

await_node() {
  local n=$1
  for _ in $(seq 1 90); do
    # await_startup exits 69 until the node is reachable at all.
    if ctl "$n" await_startup --timeout 5 >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "RabbitMQ $(name_of "$n") did not start; see $dir/node$n/log" >&2
  return 1
}

pid_of() { cat "$dir/node$1/rabbitmq.pid" 2>/dev/null; }

case "$cmd" in
  start)
    for n in 1 2 3; do start_node "$n"; done
    for n in 1 2 3; do await_node "$n"; done
    for n in 2 3; do
      ctl "$n" stop_app >/dev/null
      ctl "$n" join_cluster "$(name_of 1)" >/dev/null
      ctl "$n" start_app >/dev/null
    done
    ctl 1 await_online_nodes 3 --timeout 60 >/dev/null 2>&1 || true
    echo "RabbitMQ cluster $(name_of 1), $(name_of 2), $(name_of 3) on amqp://127.0.0.1:$(amqp_of 1),127.0.0.1:$(amqp_of 2),127.0.0.1:$(amqp_of 3)"
    ;;
  kill)
    n=${4:?node 1..3}
    kill -9 "$(pid_of "$n")"
    ;;
  restart)
    n=${4:?node 1..3}
    start_node "$n"
    await_node "$n"
    ;;
  pid)
    pid_of "${4:?node 1..3}"
    ;;
  stop)
    for n in 1 2 3; do
      ctl "$n" stop >/dev/null 2>&1 || true
      if [ -n "$(pid_of "$n")" ]; then kill "$(pid_of "$n")" 2>/dev/null || true; fi
    done
    epmd -port "$epmd_port" -kill >/dev/null 2>&1 || "$(dirname "$(readlink -f "$(command -v erl)")")/epmd" -port "$epmd_port" -kill >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|kill|restart|stop|pid DIR BASE [N]" >&2
    exit 2
    ;;
esac
