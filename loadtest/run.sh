#!/usr/bin/env bash
# Load test, burst test and benchmark against gunicorn (4 workers) on loopback.
#   loadtest/run.sh sqlite      # a fresh SQLite file under test-artifacts/loadtest/
#   loadtest/run.sh postgres    # a fresh database newsquiz_loadtest on 127.0.0.1:5432
# USERS, DURATION (s), WORKERS, PORT, BURST and BENCH_SECONDS override the defaults below.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${1:-sqlite}
USERS=${USERS:-200}
DURATION=${DURATION:-60}
WORKERS=${WORKERS:-4}
PORT=${PORT:-8765}
BURST=${BURST:-500}
BENCH_SECONDS=${BENCH_SECONDS:-5}
PY=.venv/bin/python
OUT=test-artifacts/loadtest/$DB
mkdir -p "$OUT"
rm -f "$OUT"/*

export NEWSQUIZ_DEBUG=0
export NEWSQUIZ_SECRET_KEY="loadtest-$($PY -c 'import secrets; print(secrets.token_urlsafe(40))')"
export NEWSQUIZ_ALLOWED_HOSTS=127.0.0.1
export NEWSQUIZ_BENCH_VIEWS=1
case "$DB" in
  sqlite)
    export NEWSQUIZ_SQLITE_PATH="$PWD/$OUT/loadtest.sqlite3"
    unset DATABASE_URL ;;
  postgres)
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsquiz_loadtest
    $PY - <<'PYEOF'
import psycopg
with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
    c.execute("DROP DATABASE IF EXISTS newsquiz_loadtest WITH (FORCE)")
    c.execute("CREATE DATABASE newsquiz_loadtest")
PYEOF
    ;;
  *) echo "usage: $0 sqlite|postgres" >&2; exit 2 ;;
esac

$PY manage.py migrate --noinput -v 0
$PY manage.py loaddata fixtures/seed.json -v 0
$PY manage.py create_load_users "$BURST" --on-production
$PY manage.py collectstatic --noinput -v 0

.venv/bin/gunicorn newsquiz.wsgi --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
  --worker-tmp-dir /dev/shm --error-logfile "$OUT/gunicorn.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  $PY -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/accounts/login/')" \
    2>/dev/null && break
  sleep 0.2
done

echo "== locust: $USERS students for ${DURATION}s on $DB"
LOADTEST_USERS=$USERS LOADTEST_ACKS="$OUT/acks.jsonl" .venv/bin/locust -f loadtest/locustfile.py \
  --headless --host "http://127.0.0.1:$PORT" -u "$USERS" -r 20 -t "${DURATION}s" \
  --stop-timeout 15 --only-summary --csv "$OUT/locust" --exit-code-on-error 0 2>&1 \
  | grep -v -E '^\s*$' | tail -40
echo "== audit after locust"
$PY manage.py audit_scores --acknowledged "$OUT/acks.jsonl"

echo "== burst"
$PY loadtest/burst.py --url "http://127.0.0.1:$PORT" --count "$BURST" || true
$PY loadtest/burst.py --url "http://127.0.0.1:$PORT" --count "$BURST" --no-js || true
$PY manage.py audit_scores

echo "== benchmark"
$PY scripts/bench_http.py --url "http://127.0.0.1:$PORT" --workers "$WORKERS" \
  --seconds "$BENCH_SECONDS" || true
$PY manage.py audit_scores

echo "== server log: $OUT/gunicorn.log"
echo "  'database is locked': $(grep -c 'database is locked' "$OUT/gunicorn.log" || true)"
echo "  tracebacks: $(grep -c 'Traceback' "$OUT/gunicorn.log" || true)"
echo "  5xx in locust: $(awk -F, 'NR>1 && $3 ~ /^5|HTTPError\(.5/' "$OUT/locust_failures.csv" | wc -l)"
