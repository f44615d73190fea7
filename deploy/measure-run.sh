#!/usr/bin/env bash
# Measures the local run as an operator would see it: starts ./run.sh in the background of this (non-interactive)
# script, as a supervisor does, and reports
#   * the time from start to 12 hubs online (after the build; run.sh's own figure),
#   * the resident memory of every process of the run (found by run.sh's HUBS_RUN_ID) once the hubs are online: the sum of VmRSS (shared pages
#     counted once per process, what `ps`/`top` add up to) and of Pss (shared pages divided among their users: what
#     the run really takes from the machine), by kind of process,
#   * after `kill -TERM`: the seconds until every process of the run is gone and how many are left after 30 s.
#
#   deploy/measure-run.sh            ports from HUBS_GATEWAY_PORT, HUBS_RABBITMQ_PORT, HUBS_DASHBOARD_PORT (or run.sh's)
#   HUBS_MEASURE_SETTLE=15           seconds to wait after "online" before reading memory
#   HUBS_MEASURE_BUILD=0             skip the build (measure what is already built)
# Besides memory it reports each kind's CPU seconds (user + system) since it started, which a loaded machine does not
# change, and the drop of the machine's MemAvailable: the memory the run really took, shared pages counted once.
# Exit code 1 if a process of the run is left 30 s after SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."

gateway_port=${HUBS_GATEWAY_PORT:-8080}
rabbit_port=${HUBS_RABBITMQ_PORT:-5800}
dashboard_port=${HUBS_DASHBOARD_PORT:-18888}
settle=${HUBS_MEASURE_SETTLE:-15}
log=$(mktemp -t hubs-measure-run.XXXXXX)

# Build first, so the timed start is run.sh's start of the built federation.
if [ "${HUBS_MEASURE_BUILD:-1}" != 0 ]; then
  dotnet build deploy/Hubs.AppHost -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
fi
available_before=$(awk '/^MemAvailable/{print $2}' /proc/meminfo)
ticks=$(getconf CLK_TCK)

# Its own session: every process of the run that does not start a session of its own shares this id.
setsid ./run.sh > "$log" 2>&1 < /dev/null &
run=$!

descendants() { # PID: the pid and every descendant, from /proc
  local all
  all=$(ps -e -o pid=,ppid=)
  local queue=("$1") out=()
  while [ ${#queue[@]} -gt 0 ]; do
    local p=${queue[0]}; queue=("${queue[@]:1}")
    out+=("$p")
    # shellcheck disable=SC2207
    queue+=($(awk -v p="$p" '$2 == p {print $1}' <<< "$all"))
  done
  echo "${out[@]}"
}

# What belongs to the run: every process carrying run.sh's HUBS_RUN_ID (DCP starts a session of its own and RabbitMQ's
# epmd daemonizes, so neither the process tree nor the session holds them all), plus run.sh itself.
run_id=""
run_pids() {
  if [ -z "$run_id" ]; then
    local child
    for child in $(descendants "$run"); do
      run_id=$({ tr '\0' '\n' < "/proc/$child/environ"; } 2>/dev/null | grep '^HUBS_RUN_ID=' || true)
      [ -n "$run_id" ] && break
    done
  fi
  [ -d "/proc/$run" ] && echo "$run"
  [ -n "$run_id" ] || return 0
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}; pid=${pid%/environ}
    if grep -qzx "$run_id" "$environ" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; then echo "$pid"; fi
  done
  return 0
}

for _ in $(seq 1 1200); do
  grep -q "Hubs is up" "$log" && break
  kill -0 "$run" 2>/dev/null || { echo "run.sh exited:"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
grep "Hubs is up" "$log" || { echo "Not up after 600 s:"; tail -20 "$log"; kill -TERM "$run"; exit 1; }
sleep "$settle"

echo
echo "Resident memory ${settle} s after the hubs were online (MiB):"
available_after=$(awk '/^MemAvailable/{print $2}' /proc/meminfo)
printf '%-34s %5s %9s %9s %7s\n' "process" "count" "VmRSS" "Pss" "CPU s"
total_rss=0; total_pss=0; total_cpu=0; count=0
declare -A k_rss k_pss k_n k_cpu
for p in $(run_pids); do
  rss=$(awk '/^VmRSS/{print $2}' "/proc/$p/status" 2>/dev/null || echo 0)
  pss=$(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
  cmd=$(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null || true)
  # utime + stime (fields 14 and 15; the command name in field 2 has no space for these processes' names)
  cpu=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
  case "$cmd" in
    *Hubs.HubNode*) kind="hub node" ;;
    *Hubs.Directory*) kind="directory" ;;
    *Hubs.Exchange*) kind="exchange" ;;
    *Hubs.Gateway*) kind="gateway" ;;
    *Hubs.AppHost*) kind="app host" ;;
    *Aspire.Dashboard*) kind="dashboard" ;;
    *dcpproc*) kind="DCP process monitor" ;;
    *dcpctrl*) kind="DCP controller" ;;
    *dcp*) kind="DCP" ;;
    *beam.smp*) kind="RabbitMQ (beam)" ;;
    *epmd*) kind="epmd" ;;
    "dotnet run"*|*"dotnet run "*) kind="dotnet run wrapper" ;;
    *) kind="other: $(awk '{print $1}' <<< "$cmd" | xargs -r basename 2>/dev/null || echo '?')" ;;
  esac
  k_rss[$kind]=$(( ${k_rss[$kind]:-0} + ${rss:-0} ))
  k_pss[$kind]=$(( ${k_pss[$kind]:-0} + ${pss:-0} ))
  k_n[$kind]=$(( ${k_n[$kind]:-0} + 1 ))
  k_cpu[$kind]=$(( ${k_cpu[$kind]:-0} + ${cpu:-0} ))
  total_rss=$((total_rss + ${rss:-0})); total_pss=$((total_pss + ${pss:-0})); total_cpu=$((total_cpu + ${cpu:-0})); count=$((count + 1))
done
for kind in "${!k_n[@]}"; do
  printf '%-34s %5d %9d %9d %7.1f\n' "$kind" "${k_n[$kind]}" $(( ${k_rss[$kind]} / 1024 )) $(( ${k_pss[$kind]} / 1024 )) \
    "$(awk -v c="${k_cpu[$kind]}" -v t="$ticks" 'BEGIN{print c / t}')"
done | sort -k1,1
printf '%-34s %5d %9d %9d %7.1f\n' "whole run" "$count" $((total_rss / 1024)) $((total_pss / 1024)) \
  "$(awk -v c="$total_cpu" -v t="$ticks" 'BEGIN{print c / t}')"
echo "MemAvailable dropped by $(( (available_before - available_after) / 1024 )) MiB from before the start (other work on the machine moves it too)."

before=$(run_pids | tr '\n' ' ')
echo
echo "SIGTERM to run.sh ($run)…"
stopped=$(date +%s%3N)
kill -TERM "$run"
left=""
for _ in $(seq 1 60); do
  left=$(run_pids | grep -vx "$run" || true)
  if [ -z "$left" ] && ! kill -0 "$run" 2>/dev/null; then break; fi
  sleep 0.5
done
elapsed=$(( $(date +%s%3N) - stopped ))
if [ -z "$left" ]; then
  echo "Every process of the run gone $((elapsed / 1000)).$(( (elapsed % 1000) / 100 )) s after SIGTERM: 0 left."
  rm -f "$log"
else
  echo "$(echo "$left" | wc -l) processes left 30 s after SIGTERM:"
  for p in $left; do ps -o pid=,args= -p "$p" | cut -c1-160; done
  echo "(run.sh log: $log)"
  exit 1
fi
