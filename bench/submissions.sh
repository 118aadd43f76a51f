#!/usr/bin/env bash
# Submission benchmark: anonymous applicants submit the bulky waste form over the real HTTP path (start page for
# session and CSRF token, draft, both pages, submit) against the packaged portal on PostgreSQL; in the same run
# pgbench inserts one row of the same width, with the same indexes, per transaction at the same concurrency.
# Prints submissions/s, submit and round latency (p50/p99), pgbench tps and the ratio. Exits non-zero on any
# error or unexpected answer.
# One command: bench/submissions.sh   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_WARMUP change the load;
# BENCH_JFR=1 writes a flight recording of the measured run and the listeners' catch-up to target/bench/submissions.jfr; BENCH_SQL_LOG=1 has
# PostgreSQL log every statement of the portal's connections and counts them per submission — a run for counting,
# not for speed; BENCH_JAR picks the jar to measure, e.g. an older build for a before/after comparison)
# BENCH_MODE=submit measures the submit alone: after the warm-up, BENCH_DRAFTS complete drafts (default 150 per
# measured second) are prepared through the real journey, untimed; the measured run then sends only their submit
# POSTs, each in the draft's own session with its CSRF token, and ends when the last one is answered.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WARMUP=${BENCH_WARMUP:-20}
MODE=${BENCH_MODE:-journey}
case "$MODE" in journey|submit) ;; *) echo "BENCH_MODE is journey (default) or submit, not $MODE"; exit 2 ;; esac
# whole drafts per thread, so that every thread submits as many as the others
PER_THREAD=$(( (${BENCH_DRAFTS:-$(( SECONDS_PER_RUN * 150 ))} + CONNECTIONS - 1) / CONNECTIONS ))
# a port nobody listens on (other portals may run on this machine), unless one is given
APP_PORT=${BENCH_APP_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
RUN=$$
PORTAL_DB=amtsportal_bench_$RUN
PGBENCH_DB=amtsportal_pgbench_$RUN
WORK=$(mktemp -d /tmp/amtsportal-bench-submissions.XXXXXX)
OUT=target/bench
mkdir -p "$OUT"

need() { # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "Installing $2"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}
need wrk wrk
need curl curl
need psql postgresql-client
need pgbench postgresql-contrib

pg_isready -q || { echo "PostgreSQL does not answer at $PGHOST:$PGPORT (start it: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)"; exit 1; }

JAR=${BENCH_JAR:-$(ls target/amtsportal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$JAR" ] || { [ -n "${BENCH_REBUILD:-}" ] && [ -z "${BENCH_JAR:-}" ]; }; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/amtsportal-*.jar | grep -v plain | head -n 1)
fi

cleanup() {
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  psql -q -d postgres -c "drop database if exists $PORTAL_DB with (force)" >/dev/null 2>&1 || true
  psql -q -d postgres -c "drop database if exists $PGBENCH_DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

load() { echo "load: $(uptime | sed 's/.*load average: //') (1/5/15 min, $(nproc) cores)"; }

psql -q -d postgres -c "create database $PORTAL_DB" -c "create database $PGBENCH_DB"

# The demo run (it has the bulky waste form, open to anonymous applicants) on its own PostgreSQL database. No
# SMTP server is configured, so confirmation mails are kept in the outbox table after the commit, as the demo does.
# BENCH_SQL_LOG: only the portal's own sessions log their statements (the option travels with each connection)
DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PORTAL_DB"
[ -n "${BENCH_SQL_LOG:-}" ] && DATASOURCE_URL="$DATASOURCE_URL?options=-c%20log_statement%3Dall"
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-$(ls /etc/postgresql | sort -n | tail -n 1)-main.log}
JFR_OPTS=()
# deep stacks, so that a sample reaches from the socket to the statement
[ -n "${BENCH_JFR:-}" ] && JFR_OPTS=(-XX:FlightRecorderOptions:stackdepth=512)
java -Xms1g -Xmx1g "${JFR_OPTS[@]}" -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="$DATASOURCE_URL" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password= --amtsportal.search.index-directory="$WORK/index" \
  --amtsportal.documents.directory="$WORK/documents" --amtsportal.signing.keystore="$WORK/signing.p12" --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
URL="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/antrag/sperrmuell-abholung")" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
# answered by this run's portal, not by another process that holds the port
kill -0 "$APP_PID" 2>/dev/null && [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/antrag/sperrmuell-abholung")" = 200 ] \
  || { echo "The portal did not start:"; tail -40 "$WORK/app.log"; exit 1; }

# one connection per wrk thread: the Lua script keeps each applicant's session in its thread
applicants() { # seconds -> wrk output
  BENCH_PHASE=journey wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$1s" --timeout 10s -s bench/submissions.lua "$URL"
}
# submit mode, phase prepare or submit: every thread works through its drafts and leaves a mark; wrk runs for its
# whole duration, so it is interrupted (SIGINT: it stops and reports) once all threads have left theirs
drafts_phase() { # phase -> wrk output
  rm -f "$WORK"/drafts.txt.done.*
  BENCH_PHASE=$1 BENCH_PER_THREAD=$PER_THREAD BENCH_DRAFTS_FILE="$WORK/drafts.txt" \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d600s --timeout 10s -s bench/submissions.lua "$URL" >"$WORK/wrk-$1.txt" &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null && [ "$(find "$WORK" -name 'drafts.txt.done.*' | wc -l)" -lt "$CONNECTIONS" ]; do
    sleep 0.2
  done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  cat "$WORK/wrk-$1.txt"
}
measured_run() {
  if [ "$MODE" = submit ]; then drafts_phase submit; else applicants "$SECONDS_PER_RUN"; fi
}
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<<"$2"; }

echo "Warming up the portal for ${WARMUP}s"
load
applicants "$WARMUP" >"$WORK/warmup.txt"
# the warm-up only has to warm up: a slow answer (wrk's 10 s timeout) on a busy machine is reported, not fatal;
# an answer the journey did not expect is
grep -q "RESULT.* errors=0 " "$WORK/warmup.txt" || { cat "$WORK/warmup.txt"; echo "unexpected answers while warming up"; exit 1; }
grep -q "transport_errors=0" "$WORK/warmup.txt" || echo "warning: $(grep -o 'transport_errors=[0-9]*' "$WORK/warmup.txt") while warming up"
if [ "$MODE" = submit ]; then
  echo "Preparing $(( PER_THREAD * CONNECTIONS )) complete drafts ($PER_THREAD per applicant, untimed)"
  drafts_phase prepare >"$WORK/prepare.txt"
  grep -q "^PREPARED drafts=$(( PER_THREAD * CONNECTIONS )) errors=0$" "$WORK/prepare.txt" \
    || { cat "$WORK/prepare.txt"; echo "the drafts could not all be prepared"; exit 1; }
fi
before=$(psql -qtA -d "$PORTAL_DB" -c "select count(*) from submission")

# Cost per submission, whatever else runs on the machine: CPU time (user + system, from /proc) of the portal JVM
# and of the PostgreSQL backends serving the portal's database, and the database's committed transactions.
# PostgreSQL's shared background work (WAL writer, checkpointer) is not in these figures.
TICKS=$(getconf CLK_TCK)
cpu_of() { # pids -> summed user + system clock ticks of those still alive
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}') ))
  done
  echo "$total"
}
# the JVM's threads by kind: the JIT compilers' and the garbage collector's work shrinks as the portal warms up (on
# a loaded machine the warm-up may not be enough), the rest is what every submission costs
jvm_cpu_by_kind() { # -> "compiler gc other" clock ticks
  local task name ticks compiler=0 gc=0 other=0
  for task in /proc/"$APP_PID"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    ticks=$(sed 's/^.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    case "$name" in
      C1\ Compiler*|C2\ Compiler*) compiler=$(( compiler + ticks )) ;;
      G1\ *|GC\ Thread*|VM\ Thread) gc=$(( gc + ticks )) ;;
      *) other=$(( other + ticks )) ;;
    esac
  done
  echo "$compiler $gc $other"
}
backends() { psql -qtA -d postgres -c "select pid from pg_stat_activity where datname = '$PORTAL_DB' and pid <> pg_backend_pid()"; }
# the listeners and the backlog workers (ADR 0029) run after the commit: wait until they have caught up (at most a
# minute), so that each window holds the whole work of its own submissions
polls=0 # each poll is a transaction of the portal's database, left out of the count below
settle() { # -> sets caught_up: seconds the listeners needed after the call
  local started=$SECONDS
  for _ in $(seq 1 60); do
    polls=$(( polls + 1 ))
    caught_up=$(( SECONDS - started ))
    [ "$(psql -qtA -d "$PORTAL_DB" -c "select (select count(*) from event_publication where completion_date is null)
      + (select count(*) from backlog_item)")" = 0 ] && return
    sleep 1
  done
  echo "warning: listeners still behind after a minute"
}
commits() { psql -qtA -d postgres -c "select xact_commit from pg_stat_database where datname = '$PORTAL_DB'"; }

if [ "$MODE" = submit ]; then
  echo "Measuring the portal: $CONNECTIONS applicants submit $(( PER_THREAD * CONNECTIONS )) prepared drafts"
else
  echo "Measuring the portal for ${SECONDS_PER_RUN}s with $CONNECTIONS applicants"
fi
load | tee "$WORK/load-portal.txt"
settle
# the recording covers the measured requests and the listeners' catch-up after them
[ -n "${BENCH_JFR:-}" ] && jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null
polls=0
mapfile -t pg_pids < <(backends)
read -r jit_before gc_before other_before < <(jvm_cpu_by_kind)
jvm_cpu_before=$(cpu_of "$APP_PID"); pg_cpu_before=$(cpu_of "${pg_pids[@]}"); commits_before=$(commits)
log_before=$( [ -r "$PG_LOG" ] && stat -c %s "$PG_LOG" || echo 0)
measured_run | tee "$WORK/portal.txt" | grep -E "RESULT|FIRST_ERROR|Socket errors|Non-2xx" || true
settle
[ -n "${BENCH_JFR:-}" ] && jcmd "$APP_PID" JFR.stop name=bench filename="$PWD/$OUT/submissions.jfr" >/dev/null
jvm_cpu_after=$(cpu_of "$APP_PID"); commits_after=$(commits)
read -r jit_after gc_after other_after < <(jvm_cpu_by_kind)
# backends that were opened during the run count from zero
mapfile -t pg_pids_after < <(backends)
pg_cpu_after=$(cpu_of "${pg_pids_after[@]}")
result=$(grep '^RESULT' "$WORK/portal.txt")
after=$(psql -qtA -d "$PORTAL_DB" -c "select count(*) from submission")
measured=$(( after - before ))
per_submission() { awk -v v="$1" -v n="$measured" 'BEGIN { printf "%.2f", (n > 0 ? v / n : 0) }'; }
jvm_ms=$(per_submission "$(( (jvm_cpu_after - jvm_cpu_before) * 1000 / TICKS ))")
jit_ms=$(per_submission "$(( (jit_after - jit_before) * 1000 / TICKS ))")
gc_ms=$(per_submission "$(( (gc_after - gc_before) * 1000 / TICKS ))")
other_ms=$(per_submission "$(( (other_after - other_before) * 1000 / TICKS ))")
pg_ms=$(per_submission "$(( (pg_cpu_after - pg_cpu_before) * 1000 / TICKS ))")
transactions=$(per_submission "$(( commits_after - commits_before - polls ))")
statements=""
if [ -n "${BENCH_SQL_LOG:-}" ] && [ -r "$PG_LOG" ]; then
  # every statement the portal sent during the run, by kind, per submission (extended protocol: "execute …:")
  tail -c +"$(( log_before + 1 ))" "$PG_LOG" | grep "@$PORTAL_DB LOG:  \(statement\|execute [^:]*\): " \
    | sed 's/.*LOG:  \(statement\|execute [^:]*\): //' >"$WORK/statements.txt" || true
  statements=$(per_submission "$(wc -l <"$WORK/statements.txt")")
  awk '{ s = tolower($1) } s == "select" && /[Ff][Oo][Rr] ([Nn][Oo] [Kk][Ee][Yy] )?[Uu][Pp][Dd][Aa][Tt][Ee]/ { s = "select_for_update" }
    s !~ /^(select|select_for_update|insert|update|delete|begin|commit|rollback)$/ { s = "other" } { n[s]++ }
    END { for (k in n) printf "%s %d\n", k, n[k] }' "$WORK/statements.txt" | sort -k2 -nr \
    | awk -v n="$measured" '{ printf "  %-20s %6.2f per submission\n", $1, $2 / n }' >"$WORK/statement-kinds.txt"
  cp "$WORK/statements.txt" "$OUT/submissions-statements.txt"
fi
twice=$(psql -qtA -d "$PORTAL_DB" -c "select count(*) from (select draft_id from submission group by draft_id having count(*) > 1) d")

# pgbench: the same row (width taken from a submission the portal just stored), the same indexes and the same
# sequence for the reference, one insert per transaction, as many clients as applicants, prepared statements
# as the portal's JDBC driver uses them.
psql -q -d "$PGBENCH_DB" <<'SQL'
create sequence bench_reference_seq;
create table bench_submission (
  id uuid not null primary key, reference varchar(40) not null, draft_id uuid not null, service_id uuid not null,
  service_slug varchar(100) not null, service_name varchar(200) not null, form_id uuid not null,
  form_version_id uuid not null, responsible_unit uuid not null, applicant_account uuid, institution_id uuid,
  contact_email varchar(320), locale varchar(10) not null, answers varchar(1000000) not null,
  status varchar(30) not null, submitted_at timestamp(6) with time zone not null, receipt_by_mail boolean not null,
  rated_after_submission boolean not null, rated_after_decision boolean not null, version bigint not null,
  constraint bench_submission_reference_uq unique (reference), constraint bench_submission_draft_uq unique (draft_id)
);
create index bench_submission_applicant_idx on bench_submission (applicant_account, submitted_at);
create index bench_submission_institution_idx on bench_submission (institution_id, submitted_at);
SQL
answers=$(psql -qtA -d "$PORTAL_DB" -c "select replace(answers, '''', '''''') from submission order by submitted_at desc limit 1")
service=$(psql -qtA -d "$PORTAL_DB" -c "select service_id || ' ' || form_id || ' ' || form_version_id || ' ' || responsible_unit from submission limit 1")
read -r service_id form_id version_id unit_id <<<"$service"
cat >"$WORK/insert.sql" <<SQL
insert into bench_submission (id, reference, draft_id, service_id, service_slug, service_name, form_id, form_version_id,
  responsible_unit, applicant_account, institution_id, contact_email, locale, answers, status, submitted_at,
  receipt_by_mail, rated_after_submission, rated_after_decision, version)
values (gen_random_uuid(), 'MUS-2026-' || lpad(nextval('bench_reference_seq')::text, 6, '0'), gen_random_uuid(),
  '$service_id', 'sperrmuell-abholung', 'Sperrmüllabholung', '$form_id', '$version_id', '$unit_id', null, null,
  'erika.mueller@example.org', 'de', '$answers', 'RECEIVED', now(), false, false, false, 0);
SQL
echo "Measuring pgbench for ${SECONDS_PER_RUN}s with $CONNECTIONS clients"
load | tee "$WORK/load-pgbench.txt"
(cd "$WORK" && pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" -f insert.sql -l --log-prefix=pgbench \
  "$PGBENCH_DB" >pgbench.txt 2>&1) || { cat "$WORK/pgbench.txt"; echo "pgbench failed"; exit 1; }
tps=$(awk '/^tps = / {print $3}' "$WORK/pgbench.txt")
pg_failed=$(awk '/number of failed transactions/ {print $5}' "$WORK/pgbench.txt")
# per-transaction log: the third column is the latency in microseconds
read -r pg_p50 pg_p99 < <(cat "$WORK"/pgbench.* | awk '{print $3}' | sort -n | awk '{v[NR] = $1} END {
  p50 = v[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
  printf "%.1f %.1f\n", p50 / 1000, p99 / 1000 }')

rate=$(field rate "$result")
ratio=$(awk -v a="$rate" -v b="$tps" 'BEGIN { printf "%.3f", a / b }')
{
  echo "| | per second | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  if [ "$MODE" = submit ]; then
    echo "| portal: submit requests alone, of drafts prepared before (BENCH_MODE=submit) | $rate | $(field submit_p50 "$result") | $(field submit_p99 "$result") |"
  else
    echo "| portal: submissions (submit request) | $rate | $(field submit_p50 "$result") | $(field submit_p99 "$result") |"
    echo "| portal: whole application (5 requests) | $rate | $(field round_p50 "$result") | $(field round_p99 "$result") |"
  fi
  echo "| portal: every request | $(awk -v r="$(field requests "$result")" -v s="$(field seconds "$result")" 'BEGIN { printf "%.1f", r / s }') | $(field request_p50 "$result") | $(field request_p99 "$result") |"
  echo "| pgbench: one insert per transaction | $(printf '%.1f' "$tps") | $pg_p50 | $pg_p99 |"
  echo
  echo "portal submissions/s ÷ pgbench tps = **$ratio**"
  echo
  echo "per submission ($measured stored in the measured run): portal JVM ${jvm_ms} ms CPU (JIT compilers ${jit_ms}, GC ${gc_ms}, request and listener threads ${other_ms}), PostgreSQL backends ${pg_ms} ms CPU," \
    "$transactions transactions committed${statements:+, $statements SQL statements};" \
    "the listeners after the commit had caught up ${caught_up}s after the last answer"
  [ -n "$statements" ] && cat "$WORK/statement-kinds.txt"
  echo
  echo "($MODE mode, $(nproc) cores, $CONNECTIONS connections, $(field seconds "$result")s portal run, ${SECONDS_PER_RUN}s pgbench run, after ${WARMUP}s warm-up; portal run $(cat "$WORK/load-portal.txt"); pgbench run $(cat "$WORK/load-pgbench.txt"))"
} | tee "$OUT/submissions.md"

errors=$(( $(field errors "$result") + $(field transport_errors "$result") + $(field http_errors "$result") + ${pg_failed:-0} ))
stored=$(( after - before ))
incomplete=0
[ "$MODE" = submit ] && [ "$(field submissions "$result")" -ne $(( PER_THREAD * CONNECTIONS )) ] && incomplete=1
if [ "$errors" -ne 0 ] || [ "$incomplete" -ne 0 ] || [ "$(field submissions "$result")" -eq 0 ] || [ "$twice" -ne 0 ] || [ "$stored" -lt "$(field submissions "$result")" ]; then
  echo "FAILED: $errors errors, $(field submissions "$result") confirmed, $stored stored, $twice drafts submitted twice"
  grep FIRST_ERROR "$WORK/portal.txt" || true
  exit 1
fi
