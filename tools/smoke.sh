#!/usr/bin/env bash
# Smoke test of what the README promises: `npm start` serves the page, the taxonomy and /ready,
# and a restart keeps the data. Uses its own data directory and ports.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
# Three free ports on the loopback interface, asked of the OS.
read -r PORT EMBEDDED_PG_PORT EMBEDDED_MEILI_PORT < <(node -e '
const net = require("node:net");
Promise.all([0, 1, 2].map(() => new Promise((resolve) => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); }); })))
  .then((ports) => console.log(ports.join(" ")));')
export PORT EMBEDDED_PG_PORT EMBEDDED_MEILI_PORT PASSERELLE_DATA_DIR=$dir/data
base=http://localhost:$PORT
pid=
# SIGTERM to npm, as a process manager would: the whole platform must be gone afterwards, or the
# restart below would be answered by the old server.
stop() {
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  local group=$pid
  pid=
  for _ in $(seq 1 30); do
    if ! kill -0 -- "-$group" 2>/dev/null && ! curl -fsS "$base/ready" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  kill -KILL -- "-$group" 2>/dev/null || true
  echo "smoke: npm start left processes running 30 s after SIGTERM"
  exit 1
}
trap 'stop; rm -rf "$dir"' EXIT

start() {
  # Its own process group, so that nothing it started can outlive the test unnoticed.
  setsid npm start >"$dir/start-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$base/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/start-$1.log"; echo "smoke: npm start exited"; exit 1; fi
    sleep 1
  done
  cat "$dir/start-$1.log"; echo "smoke: not ready after 180 s"; exit 1
}

start 1
domains=$(curl -fsS "$base/graphql" -H 'content-type: application/json' -d '{"query":"{ taxonomy { domains { slug label } } }"}' \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.taxonomy.domains.length))')
[ "$domains" = 20 ] || { echo "smoke: expected 20 domains, got $domains"; exit 1; }
curl -fsS "$base/" | grep -q '<html lang="fr"' || { echo "smoke: the home page is not served"; exit 1; }
stop
start 2
curl -fsS "$base/ready" | grep -q '"ready"'
grep -q 'Passerelle is ready' "$dir/start-2.log" || { echo "smoke: the restart did not start a server"; exit 1; }
stop
echo "smoke: npm start ok (20 domains, page served, /ready 200, restart ok)"
