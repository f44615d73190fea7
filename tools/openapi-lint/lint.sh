#!/usr/bin/env bash
# Lints OpenAPI documents with Redocly's recommended ruleset (@redocly/cli, pinned in package-lock.json).
#   tools/openapi-lint/lint.sh DOCUMENT.json...
# One line per document ("openapi NAME: N errors, N warnings"); exits 1 if any has an error or a warning.
# The tests write the documents (each service's OpenApiDocumentTests, into $HUBS_OPENAPI_DIR); ./test.sh runs this.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ ! -x "$here/node_modules/.bin/redocly" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm is missing: apt-get install -y npm (Node.js 20 or newer)." >&2; exit 2; }
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2 || exit 2
fi

# No telemetry, no update check: the lint never talks to another host.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
status=0
for document in "$@"; do
  name="$(basename "$document" .json)"
  report="$(mktemp)"
  "$here/node_modules/.bin/redocly" lint "$document" --extends recommended --format json >"$report" 2>/dev/null
  # The JSON report: totals, and each problem with its rule, severity and place.
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const t = r.totals || { errors: -1, warnings: -1 };
    console.log(`openapi ${process.argv[2]}: ${t.errors} errors, ${t.warnings} warnings`);
    for (const p of (r.problems || []).slice(0, 20))
      console.log(`  ${p.severity} ${p.ruleId}: ${p.message} (${(p.location?.[0]?.pointer) ?? ""})`);
    process.exit(t.errors === 0 && t.warnings === 0 ? 0 : 1);
  ' "$report" "$name" || status=1
  rm -f "$report"
done
exit $status
