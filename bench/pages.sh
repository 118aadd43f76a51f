#!/usr/bin/env bash
# Page rendering benchmark: the service list, a search, a service page, the start page of its online application
# and the first page of the form as an anonymous applicant sees it (in a draft of their own browser session),
# served by the portal, beside nginx serving the very same HTML as static files on the same machine. Reports
# requests/s and p99 latency of each, and the ratio portal/nginx. Exits non-zero when the portal does not start
# or a page answers with anything but 2xx.
# One command: bench/pages.sh   (BENCH_SECONDS, BENCH_CONNECTIONS change the load; BENCH_ONLY=<regex> measures
# only the pages whose names match; BENCH_REBUILD=1 rebuilds the jar; BENCH_JFR=1 records a flight recording of
# the portal into target/bench/portal.jfr)
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
# (re)build when there is no jar, when asked to, or when a source is newer than the jar
if [ -z "$JAR" ] || [ -n "${BENCH_REBUILD:-}" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  echo "Building the jar"
  ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
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
JFR=()
[ -n "${BENCH_JFR:-}" ] && JFR=("-XX:StartFlightRecording=filename=$PWD/$OUT/portal.jfr,settings=profile,dumponexit=true")
java -Xms512m -Xmx1g "${JFR[@]}" -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --amtsportal.search.index-directory="$WORK/index" --amtsportal.documents.directory="$WORK/documents" \
  --amtsportal.signing.keystore="$WORK/signing.p12" --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
# a busy machine starts it slowly: wait up to BENCH_START_SECONDS, but stop at once if the process is gone
for _ in $(seq 1 "${BENCH_START_SECONDS:-300}"); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "The portal did not start:"; tail -40 "$WORK/app.log"; exit 1; }

FORM_SERVICE=${BENCH_FORM_SERVICE:-bewohnerparkausweis}
APP="http://127.0.0.1:$APP_PORT"

# An anonymous applicant's first form page: open the start page in a fresh browser session, take the CSRF token
# from its form, start the application (the draft belongs to that session) and follow the redirect to page one.
# wrk then sends that session's cookie, as the applicant's browser would.
JAR_COOKIES="$WORK/cookies.txt"
start_page=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H 'Accept-Language: de' "$APP/antrag/$FORM_SERVICE") \
  || { echo "The start page /antrag/$FORM_SERVICE failed"; exit 1; }
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$start_page" | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || { echo "No CSRF token on /antrag/$FORM_SERVICE"; exit 1; }
draft_page=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H 'Accept-Language: de' \
  --data-urlencode "_csrf=$csrf" "$APP/antrag/$FORM_SERVICE")
draft_page=${draft_page#"$APP"}
[[ "$draft_page" == /antrag/$FORM_SERVICE/*/* ]] || { echo "Starting an application did not lead to a form page: '$draft_page'"; exit 1; }
SESSION_COOKIE="AMTSPORTAL_SESSION=$(awk '$6 == "AMTSPORTAL_SESSION" {print $7}' "$JAR_COOKIES")"

declare -A PAGES=(
  [service-list]="/leistungen"
  [service-search]="/leistungen?q=Parkausweise"
  [service-page]="/leistungen/$FORM_SERVICE"
  [application-start]="/antrag/$FORM_SERVICE"
  [form-page]="$draft_page"
)
ORDER=(service-list service-search service-page application-start form-page)
# the form page is the applicant's own: only with the session that owns the draft
declare -A COOKIES=([form-page]="$SESSION_COOKIE")

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

for name in "${ORDER[@]}"; do
  curl -fsS -H 'Accept-Language: de' -H "Cookie: ${COOKIES[$name]:-}" "$APP${PAGES[$name]}" >"$WORK/static/$name.html" \
    || { echo "${PAGES[$name]} did not answer with 2xx"; exit 1; }
done
# nginx's workers run as an unprivileged user: let them read the copies
chmod 755 "$WORK" "$WORK/static" && chmod 644 "$WORK"/static/*.html
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"

FAILED="$WORK/failed"
TICKS=$(getconf CLK_TCK)
# CPU time (user + system, all threads) of the given processes, in clock ticks
cpu_ticks() { local pid total=0; for pid in "$@"; do
  [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo "$total"; }
nginx_pids() { local master; master=$(cat "$WORK/nginx.pid"); echo "$master" $(pgrep -P "$master"); }
# On a shared machine requests/s depend on what else runs; requests per CPU-second of the server itself do not
# (much): they say how much work one page costs, portal against nginx.
measure() { # url [cookie] [pids...] -> "requests/s p99-ms requests-per-cpu-second"
  local report headers=() url=$1 cookie=${2:-}
  shift 2
  [ -n "$cookie" ] && headers=(-H "Cookie: $cookie")
  local before after
  before=$(cpu_ticks "$@")
  report=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H 'Accept-Language: de' "${headers[@]}" "$url")
  after=$(cpu_ticks "$@")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$report")
  local errors
  errors=$(awk '/Socket errors/ {print}' <<<"$report")
  [ -n "$errors" ] && echo "warning: $url: $errors" >&2
  # a redirect or an error page is fast, and measuring it would be a lie
  if grep -q 'Non-2xx' <<<"$report"; then
    echo "$url: $(grep 'Non-2xx' <<<"$report")" >&2
    echo "$url" >>"$FAILED"
  fi
  local requests per_cpu
  requests=$(awk '/requests in/ {print $1}' <<<"$report")
  per_cpu=$(awk -v r="$requests" -v t=$((after - before)) -v hz="$TICKS" 'BEGIN { printf "%.0f", (t > 0 ? r / (t / hz) : 0) }')
  echo "$rps $p99 $per_cpu"
}

# warm up the JVM (JIT, caches) before anything is counted
for name in "${ORDER[@]}"; do
  headers=()
  [ -n "${COOKIES[$name]:-}" ] && headers=(-H "Cookie: ${COOKIES[$name]}")
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP_SECONDS:-5}s" -H 'Accept-Language: de' "${headers[@]}" "$APP${PAGES[$name]}" >/dev/null
done

echo "load before: $(uptime)"
{
  echo "| page | portal req/s | portal p99 ms | nginx req/s | nginx p99 ms | portal/nginx | portal req/CPU-s | nginx req/CPU-s | portal/nginx per CPU |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for name in "${ORDER[@]}"; do
    [[ "$name" =~ ${BENCH_ONLY:-.} ]] || continue
    read -r app_rps app_p99 app_cpu < <(measure "$APP${PAGES[$name]}" "${COOKIES[$name]:-}" "$APP_PID")
    read -r ngx_rps ngx_p99 ngx_cpu < <(measure "http://127.0.0.1:$NGINX_PORT/$name.html" "" $(nginx_pids))
    ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.3f", a / n }')
    cpu_ratio=$(awk -v a="$app_cpu" -v n="$ngx_cpu" 'BEGIN { printf "%.3f", (n > 0 ? a / n : 0) }')
    shown=${PAGES[$name]}
    [ "$name" = form-page ] && shown="/antrag/$FORM_SERVICE/{draft}/${draft_page##*/}"
    echo "| $name \`$shown\` | $app_rps | $app_p99 | $ngx_rps | $ngx_p99 | $ratio | $app_cpu | $ngx_cpu | $cpu_ratio |"
  done
} | tee "$OUT/pages.md"
echo
echo "($(nproc) cores, $CONNECTIONS connections, ${SECONDS_PER_RUN}s per run, wrk and both servers on this machine;"
echo " load after: $(uptime | sed 's/.*load average/load average/'); results in $OUT/pages.md)"
if [ -s "$FAILED" ]; then
  echo "FAILED: pages that answered with non-2xx: $(tr '\n' ' ' <"$FAILED")"
  exit 1
fi
