#!/usr/bin/env bash
# Intranet search over 100,000 items: generates them into a fresh database, rebuilds the search index and
# measures member searches (p50/p95/p99). One command; BENCH_ITEMS and BENCH_SEARCHES change the size.
# BENCH_DATABASE=postgres runs against the local PostgreSQL instead of the in-memory H2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=IntranetSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.items="${BENCH_ITEMS:-100000}" -Dbench.searches="${BENCH_SEARCHES:-2000}" \
  -Damtsportal.test.database="${BENCH_DATABASE:-h2}" 2>&1 | grep -E "^BENCH|FAIL|ERROR" || true
grep -h "^BENCH" target/surefire-reports/*IntranetSearchBenchmark*-output.txt 2>/dev/null || true
