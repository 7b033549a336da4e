#!/usr/bin/env bash
# Drift gates: generated files must be what the generators produce from the current code.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
check() {
  local what=$1; shift
  if git diff --quiet --exit-code -- "$@" && [ -z "$(git ls-files --others --exclude-standard -- "$@")" ]; then
    echo "ok: $what"
  else
    echo "DRIFT: $what changed after regeneration:"; git --no-pager diff --stat -- "$@"; git ls-files --others --exclude-standard -- "$@"
    status=1
  fi
}
npm run --silent schema >/dev/null
check "GraphQL schema (npm run schema)" apps/api/schema.gql
npx graphql-codegen --config codegen.ts --silent >/dev/null
check "generated client types (npm run codegen)" libs/web/data-access/src/generated
if [ -f ../shared/data/laposte_hexasmal.csv ]; then
  node tools/geo/build-communes.mjs >/dev/null
  check "commune table (tools/geo/build-communes.mjs)" libs/api/geo/data
fi
if npx nx run api-db:migration-check --output-style=stream; then echo "ok: migrations match the entities"; else echo "DRIFT: entities differ from the migrations (npm run migration:generate -- --name=Change)"; status=1; fi
exit $status
