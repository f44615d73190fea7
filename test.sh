#!/usr/bin/env bash
# Builds in Release, runs every test against a private RabbitMQ node, prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh rabbitmq compose chromium || exit 1

results=TestResults/run
# The portal's browser tests (tests/Hubs.EndToEnd.Tests) keep a screenshot of every step, the bytes of every page and
# the federation's logs under TestResults/portal: this run's only.
rm -rf "$results" TestResults/portal
mkdir -p "$results"
extra_passed=0
extra_failed=0

if ! dotnet build Hubs.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# The production-like compose file must at least parse and resolve.
if command -v docker >/dev/null 2>&1; then
  if docker compose version >/dev/null 2>&1; then compose=(docker compose); else compose=(docker-compose); fi
  # Every secret is required: placeholders (deploy/compose-check.env) resolve the file; without them it must refuse.
  if "${compose[@]}" --env-file deploy/compose-check.env -f docker-compose.yml config -q; then
    echo "docker-compose.yml: valid"; extra_passed=$((extra_passed + 1))
  else
    echo "docker-compose.yml: INVALID"; extra_failed=$((extra_failed + 1))
  fi
  # Each required value left out in turn must stop the file from resolving (no silent default such as change-me).
  lenient=""
  check_env=$(mktemp)
  for name in $(grep -o '^[A-Z0-9_]*' deploy/compose-check.env); do
    grep -v "^$name=" deploy/compose-check.env > "$check_env"
    if env -i PATH="$PATH" HOME="$HOME" "${compose[@]}" --env-file "$check_env" -f docker-compose.yml config -q 2>/dev/null; then
      lenient="$lenient $name"
    fi
  done
  rm -f "$check_env"
  if [ -z "$lenient" ]; then
    echo "docker-compose.yml: refuses to resolve without any one of its required values"; extra_passed=$((extra_passed + 1))
  else
    echo "docker-compose.yml: resolves without$lenient"; extra_failed=$((extra_failed + 1))
  fi
fi

# One private broker for the whole run (own data dir), stopped whatever happens. The run's ports are one block from
# HUBS_TEST_RABBITMQ_PORT (P, default 5960): the shared node P..P+15, the nodes the two broker-outage suites stop and
# start P+16..P+31 and P+32..P+47, the ./run.sh the local-run test starts and stops P+48..P+63 (broker), P+64 (gateway),
# P+65, P+67, P+68 (dashboard) (tests/Hubs.IntegrationTests/Infrastructure/TestPorts.cs); services take free
# ephemeral ports. Two runs whose P are 80 or more apart never clash.
port=${HUBS_TEST_RABBITMQ_PORT:-5960}
echo "Test ports: ${port}-$((port + 79)) (HUBS_TEST_RABBITMQ_PORT=${port})."
broker_dir=.hubs/test-rabbitmq
rm -rf "$broker_dir"
trap 'deploy/rabbitmq/private-node.sh stop "$broker_dir" "$port"' EXIT
deploy/rabbitmq/private-node.sh start "$broker_dir" "$port" || { echo "0 passed, 1 failed"; exit 1; }
export HUBS_TEST_RABBITMQ_URL="amqp://guest:guest@127.0.0.1:${port}/"
export HUBS_TEST_RABBITMQ_MANAGEMENT_URL="http://127.0.0.1:$((port + 1))/"
export HUBS_TEST_RABBITMQ_NODE_DIR="$PWD/$broker_dir"
export HUBS_TEST_RABBITMQ_PORT="$port"

# The MongoDB contract suites (tests/Hubs.HubNode.MongoTests) need a replica set; without one their tests are left out
# of the run, neither skipped nor passed, and the run says so. (The SQLite suites run always.)
mongo_filter=()
if [ -z "${HUBS_TEST_MONGO_URL:-}" ]; then
  mongo_filter=(--filter "FullyQualifiedName!~Hubs.HubNode.MongoTests.")
  echo "HUBS_TEST_MONGO_URL is not set: the MongoDB contract suites will NOT run (SQLite suites run always)."
fi

# Each service's OpenApiDocumentTests saves its document here; Redocly lints them after the run.
export HUBS_OPENAPI_DIR="$PWD/$results/openapi"

# The suites that start whole federations of real processes (integration, fault injection, the browser journeys) run
# one after another, after the others: run side by side on two cores they starved each other into timeouts.
federations=(Hubs.IntegrationTests Hubs.ReliabilityTests Hubs.EndToEnd.Tests)
light_filter=""
for suite in "${federations[@]}"; do light_filter="${light_filter:+$light_filter&}FullyQualifiedName!~$suite."; done
if [ "${#mongo_filter[@]}" -gt 0 ]; then light_filter="$light_filter&FullyQualifiedName!~Hubs.HubNode.MongoTests."; fi
test_exit=0
dotnet test Hubs.sln -c Release --no-build --nologo --filter "$light_filter" \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || test_exit=$?
for suite in "${federations[@]}"; do
  dotnet test "tests/$suite" -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || test_exit=$?
done

# Every OpenAPI document against Redocly's recommended ruleset (tools/openapi-lint): one count per document.
documents=("$HUBS_OPENAPI_DIR"/*.json)
if [ -e "${documents[0]}" ]; then
  linted=0
  while read -r line; do
    echo "$line"
    case "$line" in
      "openapi "*": 0 errors, 0 warnings") extra_passed=$((extra_passed + 1)); linted=$((linted + 1)) ;;
      "openapi "*) extra_failed=$((extra_failed + 1)); linted=$((linted + 1)) ;;
    esac
  done < <(tools/openapi-lint/lint.sh "${documents[@]}" || true)
  # A document the linter could not judge (npm or Node missing) counts as failed.
  extra_failed=$((extra_failed + ${#documents[@]} - linted))
else
  echo "openapi: no document was saved by the tests"; extra_failed=$((extra_failed + 1))
fi

# Count from the test results themselves, not from console text.
read -r passed failed < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' |
    sed -E 's/.* passed="([0-9]+)".* failed="([0-9]+)".*/\1 \2/' |
    awk '{p += $1; f += $2} END {print p + 0, f + 0}')
passed=$((passed + extra_passed))
failed=$((failed + extra_failed))
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $test_exit without a failed test (a crashed test host?)."
  failed=1
fi
# The request fuzzing's one line per service (count, server errors, seed to replay), from the results.
cat "$results"/*.trx 2>/dev/null | grep -o 'FUZZ [^&<]*' | sort -u
# The fault-injection suite's figures (one "RELIABILITY scenario: …" line each), from the test results.
grep -ho 'RELIABILITY [^<]*' "$results"/*.trx 2>/dev/null | sort -u
# The Kubernetes overlays' figures (objects rendered and validated per overlay), from tests/Hubs.Deploy.Tests.
grep -ho 'DEPLOY [^<]*' "$results"/*.trx 2>/dev/null | sort -u
# The portal's pages: bytes on the wire per page, first visit and next page (tests/Hubs.EndToEnd.Tests, also in
# TestResults/portal/page-weight.tsv), and the journey's pages and clicks from home to a confirmed booking.
grep -ho 'PORTAL [^<]*' "$results"/*.trx 2>/dev/null | sort -u
# The time from admitting a hub that joined at run time to its first routed request (tests/Hubs.IntegrationTests).
grep -ho 'FEDERATION [^<]*' "$results"/*.trx 2>/dev/null | sort -u
if [ -z "${HUBS_TEST_MONGO_URL:-}" ]; then
  echo "MongoDB contract suites did not run: HUBS_TEST_MONGO_URL is not set."
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
