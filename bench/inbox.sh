#!/usr/bin/env bash
# Case inbox benchmark: the first page of /amt/vorgaenge with a few filter combinations, signed in as the demo
# caseworker (four units), at 10,000 and at 1,000,000 cases on PostgreSQL. Cases are generated straight in the
# database with generate_series. Reports p95 latency per page and size, and the ratio 1M / 10k.
# One command: bench/inbox.sh   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PG_HOST/BENCH_PG_PORT to change it;
# BENCH_KEEP_DB=1 keeps the database with its 1,000,000 cases afterwards, to read query plans with EXPLAIN)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
APP_PORT=${BENCH_APP_PORT:-18090}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
DB=${BENCH_DB:-amtsportal_bench_inbox}
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
WORK=$(mktemp -d /tmp/amtsportal-inbox-bench.XXXXXX)
OUT=target/bench
mkdir -p "$OUT"

for tool in wrk curl psql; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing $tool"; apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$( [ "$tool" = psql ] && echo postgresql-client || echo "$tool")" >/dev/null
  fi
done

JAR=$(ls target/amtsportal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "${BENCH_REBUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/amtsportal-*.jar | grep -v plain | head -n 1)
fi

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  [ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL[@]}" -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

# The demo run (demo accounts, units and services) on its own PostgreSQL database; Flyway creates the schema.
java -Xms512m -Xmx1g -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password= --amtsportal.search.index-directory="$WORK/index" \
  --amtsportal.documents.directory="$WORK/documents" --amtsportal.signing.keystore="$WORK/signing.p12" \
  --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "The portal did not start:"; tail -40 "$WORK/app.log"; exit 1; }

# Cases number "from" to "to": spread over the demo units and services, one every 30 s back from now, most of
# them closed (as in a real inbox after some years), names drawn from 40 x 40 first and family names, a third
# assigned to the demo caseworker, some with due dates.
generate() {
  "${PSQL[@]}" -d "$DB" <<SQL
with units as (select array_agg(id order by name) a from org_unit),
     services as (select array_agg(id order by name_de) a, array_agg(name_de order by name_de) n from catalog_service),
     me as (select id from account where email = 'sachbearbeitung@musterstadt.example'),
     names as (select array['Erika','Max','Anna','Paul','Lena','Jonas','Mia','Felix','Emma','Leon','Sofia','Noah','Hannah',
       'Elias','Lea','Ben','Marie','Luis','Clara','Finn','Ida','Emil','Lina','Karl','Greta','Oskar','Frieda','Anton','Mila',
       'Theo','Ella','Jakob','Lotta','Moritz','Nora','Henri','Maja','Samuel','Luise','David'] f,
       array['Mustermann','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
       'Schäfer','Koch','Bauer','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Zimmermann','Braun','Krüger',
       'Hofmann','Hartmann','Lange','Schmitt','Werner','Schmitz','Krause','Meier','Lehmann','Schmid','Schulze','Maier',
       'Köhler','Herrmann','König','Walter','Mayer'] l)
insert into cases (id, submission_id, reference, service_id, service_name, org_unit, applicant_name, status, assignee,
  assignee_name, due_date, received_at, status_changed_at, closed_at, legal_hold, version)
select gen_random_uuid(), gen_random_uuid(), 'BEN-' || lpad(g::text, 8, '0'),
  services.a[1 + g % array_length(services.a, 1)], services.n[1 + g % array_length(services.a, 1)],
  units.a[1 + (g / 7) % array_length(units.a, 1)],
  names.f[1 + g % 40] || ' ' || names.l[1 + (g / 40) % 40],
  s.status,
  case when g % 3 = 0 then me.id end, case when g % 3 = 0 then 'Demo Sachbearbeitung' end,
  case when g % 5 = 0 then current_date + ((g % 60) - 20) end,
  now() - g * interval '30 seconds', now() - g * interval '20 seconds',
  case when s.status = 'CLOSED' then now() - g * interval '10 seconds' end, false, 0
from generate_series($1, $2) g, units, services, me, names,
  lateral (select case when g % 100 < 70 then 'CLOSED' when g % 100 < 80 then 'RECEIVED' when g % 100 < 90 then 'IN_PROGRESS'
                       when g % 100 < 95 then 'WAITING_FOR_APPLICANT' else 'DECIDED' end as status) s;
delete from case_status_count;
insert into case_status_count (org_unit, status, cases) select org_unit, status, count(*) from cases group by org_unit, status;
vacuum analyze cases;
SQL
}

# Signs in as the demo caseworker (the demo run lets demo staff skip the authenticator app) and prints the
# session cookie.
sign_in() {
  local jar="$WORK/cookies" base="http://127.0.0.1:$APP_PORT"
  rm -f "$jar"
  token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
  local csrf
  csrf=$(curl -fs -c "$jar" -b "$jar" "$base/konto/anmelden" | token)
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=sachbearbeitung@musterstadt.example" \
    --data-urlencode "password=Demo-Zugang-2026!" --data-urlencode "_csrf=$csrf" "$base/konto/anmelden"
  csrf=$(curl -fsL -c "$jar" -b "$jar" "$base/konto/zwei-faktor/einrichten" | token)
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" "$base/konto/zwei-faktor/ueberspringen"
  awk '$6 == "AMTSPORTAL_SESSION" { print $7 }' "$jar" | tail -n 1
}

cat >"$WORK/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P95_MS %.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("REQS %d\n", summary.requests))
  io.write(string.format("ERRORS %d\n", summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read))
end
LUA

SERVICE=$("${PSQL[@]}" -d "$DB" -At -c "select id from catalog_service order by name_de limit 1")
declare -A PAGES=(
  [open]="/amt/vorgaenge"
  [waiting-by-due]="/amt/vorgaenge?status=WAITING_FOR_APPLICANT&sortierung=frist"
  [mine]="/amt/vorgaenge?zustaendig=ich"
  [service-in-progress]="/amt/vorgaenge?leistung=$SERVICE&status=IN_PROGRESS"
  [name-search]="/amt/vorgaenge?suche=m%C3%BCller"
  [closed-oldest]="/amt/vorgaenge?status=CLOSED&sortierung=aelteste"
)
NAMES=(open waiting-by-due mine service-in-progress name-search closed-oldest)

declare -A P95
measure() {
  local size=$1 cookie
  cookie=$(sign_in)
  [ -n "$cookie" ] || { echo "Sign-in failed"; exit 1; }
  # the JIT warms up on every page before anything counts (the first run otherwise measures the compiler)
  for _ in 1 2; do
    for name in "${NAMES[@]}"; do
      wrk -t1 -c1 -d"${BENCH_WARMUP:-10}s" -H "Cookie: AMTSPORTAL_SESSION=$cookie" "http://127.0.0.1:$APP_PORT${PAGES[$name]}" >/dev/null
    done
  done
  for name in "${NAMES[@]}"; do
    local url="http://127.0.0.1:$APP_PORT${PAGES[$name]}"
    local code
    code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: AMTSPORTAL_SESSION=$cookie" "$url")
    [ "$code" = 200 ] && grep -q 'kern-table\|Keine Vorgänge' "$WORK/page.html" || { echo "$name answered $code"; exit 1; }
    # warm-up, then the measured run
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Cookie: AMTSPORTAL_SESSION=$cookie" "$url" >/dev/null
    local result
    result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "Cookie: AMTSPORTAL_SESSION=$cookie" -s "$WORK/p95.lua" "$url")
    P95[$size,$name]=$(echo "$result" | awk '/^P95_MS/ { print $2 }')
    printf '%-8s %-22s p95 %8s ms  (%s requests, %s errors or timeouts)\n' "$size" "$name" "${P95[$size,$name]}" \
      "$(echo "$result" | awk '/^REQS/ { print $2 }')" "$(echo "$result" | awk '/^ERRORS/ { print $2 }')"
  done
}

echo "Generating 10,000 cases"
generate 1 10000
measure 10k
echo "Generating 990,000 more cases (1,000,000)"
generate 10001 1000000
measure 1M

{
  echo "| page | p95 at 10k (ms) | p95 at 1M (ms) | ratio 1M/10k |"
  echo "|---|---|---|---|"
  for name in "${NAMES[@]}"; do
    a=${P95[10k,$name]}; b=${P95[1M,$name]}
    printf '| %s | %s | %s | %s |\n' "${PAGES[$name]}" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "%.2f", b / a; else printf "–" }')"
  done
} | tee "$OUT/inbox.md"

