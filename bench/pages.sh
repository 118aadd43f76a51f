#!/usr/bin/env bash
# Page rendering benchmark: the service list and a service page, served by the portal, beside nginx serving
# the very same HTML as static files on the same machine. Reports requests/s and p99 latency of each, and the
# ratio portal/nginx. One command: bench/pages.sh   (BENCH_SECONDS, BENCH_CONNECTIONS to change the load)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
APP_PORT=${BENCH_APP_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
WORK=$(mktemp -d /tmp/amtsportal-bench.XXXXXX)
OUT=target/bench
mkdir -p "$OUT" "$WORK/static"

for tool in wrk nginx curl; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "Installing $tool"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$( [ "$tool" = nginx ] && echo nginx-light || echo "$tool")" >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

JAR=$(ls target/amtsportal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "${BENCH_REBUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/amtsportal-*.jar | grep -v plain | head -n 1)
fi

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The demo run (its content is what is measured), with its own database and index.
java -Xms512m -Xmx1g -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --amtsportal.search.index-directory="$WORK/index" --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "The portal did not start:"; tail -40 "$WORK/app.log"; exit 1; }

declare -A PAGES=(
  [service-list]="/leistungen"
  [service-search]="/leistungen?q=Parkausweise"
  [service-page]="/leistungen/bewohnerparkausweis"
)

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
    location / { default_type "text/html; charset=utf-8"; }
  }
}
NGINX

for name in "${!PAGES[@]}"; do
  curl -fs -H 'Accept-Language: de' "http://127.0.0.1:$APP_PORT${PAGES[$name]}" >"$WORK/static/$name.html"
done
# nginx's workers run as an unprivileged user: let them read the copies
chmod 755 "$WORK" "$WORK/static" && chmod 644 "$WORK"/static/*.html
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"

measure() { # url -> "requests/s p99-ms"
  local report
  report=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H 'Accept-Language: de' "$1")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$report")
  local errors
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$report")
  [ -n "$errors" ] && echo "warning: $errors" >&2
  echo "$rps $p99"
}

# warm up the JVM (JIT, caches) before anything is counted
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT/leistungen" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT/leistungen/bewohnerparkausweis" >/dev/null

{
  echo "| page | portal req/s | portal p99 ms | nginx req/s | nginx p99 ms | portal/nginx |"
  echo "|---|---|---|---|---|---|"
  for name in service-list service-search service-page; do
    read -r app_rps app_p99 < <(measure "http://127.0.0.1:$APP_PORT${PAGES[$name]}")
    read -r ngx_rps ngx_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/$name.html")
    ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.3f", a / n }')
    echo "| ${PAGES[$name]} | $app_rps | $app_p99 | $ngx_rps | $ngx_p99 | $ratio |"
  done
} | tee "$OUT/pages.md"
echo
echo "($(nproc) cores, $CONNECTIONS connections, ${SECONDS_PER_RUN}s per run, wrk and both servers on this machine; results in $OUT/pages.md)"
