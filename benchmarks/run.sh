#!/usr/bin/env bash
# Runs the HTTP benchmarks against `serve` on the embedded PostgreSQL and rewrites docs/benchmarks.md.
#
#   benchmarks/run.sh                       # scale S, 3 rounds of 10 s per benchmark
#   SCALES="S M" DURATION=10s ROUNDS=3 benchmarks/run.sh
#   SCALES="M L" BENCHES_L="health:8 feed:8" benchmarks/run.sh   # BENCHES_<scale> narrows one scale's list
#   QUICK=1 BENCHES="health:8 feed:8" benchmarks/run.sh           # only results.tsv: no lost-views check,
#                                                                 # no JMH, docs/benchmarks.md untouched
#   STATEMENTS=1 ...                        # also $WORK/statements-*.txt: calls and mean ms per statement
#
# Every benchmark runs once per round, rounds interleave the benchmarks, and the report takes the median
# of the rounds; throughput is reported as a ratio to GET /health measured in the same round, because
# this machine (2 cores, shared) is too noisy for absolute figures. wrk runs on the same machine.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALES=${SCALES:-S}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
ROUNDS=${ROUNDS:-3}
HEAP=${HEAP:-768m}
PORT=${PORT:-18080}
QUICK=${QUICK:-}
JAVA_OPTS=${JAVA_OPTS:-}
WORK=${WORK:-$ROOT/benchmarks/target}
SECRET=benchmark-secret
JAR=${JAR:-$ROOT/cli/target/shoppable-videos.jar}
URL=http://127.0.0.1:$PORT
export BENCH_LUA=$ROOT/benchmarks/lua HOT_ID=1

# name connections: the feed twice (8 and 64 connections), everything else at 8.
BENCHES=${BENCHES:-"health:8 feed:8 feed:64 feed_category:8 view_uniform:8 view_hot:8 like:8 save:8 track:8
more_like_this:8 also_watched:8 creators:8 creators_percent:8"}

mkdir -p "$WORK"
RESULTS=$WORK/results.tsv
COUNTERS=$WORK/counters.tsv
COMMANDS=$WORK/commands.txt
printf 'scale\tround\tbench\tconnections\trequests\tduration_us\tp50_us\tp99_us\tnon2xx\terrors\tstatements\n' \
    > "$RESULTS"
printf 'scale\tacked_views\tpersisted_views\tlost\n' > "$COUNTERS"
: > "$COMMANDS"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -ntp -q -DskipTests package)

SERVER_PID=
PG_PORT=

# Rate limits (D23) are off: every benchmark sends far more writes a minute than a member or address may.
start_server() {
    local data=$1 log=$WORK/serve-$2.log
    java -Xms"$HEAP" -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" serve --port "$PORT" --data-dir "$data" --jwt-secret "$SECRET" \
        --no-rate-limits > "$log.out" 2> "$log" &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        grep -q "listening on" "$log.out" 2>/dev/null && break
        sleep 0.5
    done
    grep -q "listening on" "$log.out" || { echo "serve did not start; see $log" >&2; exit 1; }
    PG_PORT=$(grep -o 'embedded PostgreSQL started on port [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    # serve recomputes trend scores at start (an UPDATE of every changed score: minutes at L); measure after it.
    for _ in $(seq 1 1800); do
        grep -q "trend scores" "$log" && break
        sleep 0.5
    done
    grep -q "trend scores" "$log" || { echo "serve did not finish its trend scores in 15 minutes; see $log" >&2; exit 1; }
}

stop_server() {
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" || true
}

sql() {
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAtX -c "$1"
}

# run SCALE ROUND NAME CONNECTIONS DURATION: one wrk run, one line in results.tsv (ROUND 0 is the warm-up).
run() {
    local scale=$1 round=$2 name=$3 connections=$4 duration=$5 out statements
    sql "SELECT pg_stat_statements_reset()" > /dev/null
    local command="wrk -t2 -c$connections -d$duration --latency -s benchmarks/lua/$name.lua $URL"
    export RUN_ID=$scale-$round-$name-$connections-$(date +%s%N)
    [ "$round" = 1 ] && echo "$scale $name c=$connections: $command" >> "$COMMANDS"
    out=$(cd "$ROOT" && $command 2>&1) || { echo "$out" >&2; exit 1; }
    statements=$(sql "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
                      WHERE query NOT ILIKE '%pg_stat_statements%'")
    # STATEMENTS=1 keeps, per run, each statement's calls and mean execution time (ms) for a closer look.
    [ -n "${STATEMENTS:-}" ] && sql "SELECT calls, round(mean_exec_time::numeric, 3), left(regexp_replace(query,
        '\s+', ' ', 'g'), 110) FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'
        ORDER BY calls DESC" > "$WORK/statements-$scale-$round-$name-$connections.txt"
    echo "$out" | grep '^RESULT' | sed 's/[a-z0-9_]*=//g' | awk -v s="$scale" -v r="$round" -v n="$name" \
        -v c="$connections" -v q="$statements" 'BEGIN { OFS = "\t" } { print s, r, n, c, $2, $3, $4, $5, $6, $7, q }' \
        >> "$RESULTS"
    tail -1 "$RESULTS"
}

for scale in $SCALES; do
    case $scale in
        S) export USERS=1000 VIDEOS=10000 ;;
        M) export USERS=10000 VIDEOS=100000 ;;
        L) export USERS=100000 VIDEOS=1000000 ;;
    esac
    export CATEGORIES=20
    data=$WORK/data-$scale
    java -jar "$JAR" seed-demo --scale "$scale" --data-dir "$data"
    conf=$data/postgres/postgresql.conf
    grep -q pg_stat_statements "$conf" || printf "\nshared_preload_libraries = 'pg_stat_statements'\n%s\n" \
        "pg_stat_statements.track_utility = off" >> "$conf"
    start_server "$data" "$scale"
    sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" > /dev/null
    # Readers (feed) and writers (like, save, track) are disjoint halves of the members, so the write
    # benchmarks do not make the feed's members heavier from round to round.
    export TOKENS=$WORK/tokens-$scale.txt WRITER_TOKENS=$WORK/writer-tokens-$scale.txt
    java -cp "$JAR" "$ROOT/benchmarks/Tokens.java" "$SECRET" 500 1 $((USERS / 2)) > "$TOKENS"
    java -cp "$JAR" "$ROOT/benchmarks/Tokens.java" "$SECRET" 500 $((USERS / 2 + 1)) "$USERS" > "$WRITER_TOKENS"
    views_before=$(sql "SELECT sum(views_count) FROM videos")
    benches_var=BENCHES_$scale
    benches=${!benches_var:-$BENCHES}
    for bench in $benches; do
        run "$scale" 0 "${bench%%:*}" "${bench##*:}" "$WARMUP"
    done
    for round in $(seq 1 "$ROUNDS"); do
        for bench in $benches; do
            run "$scale" "$round" "${bench%%:*}" "${bench##*:}" "$DURATION"
        done
    done
    # Acknowledged views (200 answers of both view benchmarks, warm-up included) against what a graceful
    # stop left in the database.
    if [ -n "$QUICK" ]; then
        stop_server
        continue
    fi
    acked=$(awk -F'\t' -v s="$scale" '$1 == s && $3 ~ /^view_/ { n += $5 - $9 - $10 } END { print n + 0 }' "$RESULTS")
    stop_server
    start_server "$data" "$scale-check"
    persisted=$(( $(sql "SELECT sum(views_count) FROM videos") - views_before ))
    stop_server
    printf '%s\t%s\t%s\t%s\n' "$scale" "$acked" "$persisted" "$(( acked > persisted ? acked - persisted : 0 ))" \
        >> "$COUNTERS"
done

[ -n "$QUICK" ] && exit 0

# The pure engine under JMH (its own module, outside the default build).
JMH_OUT=$WORK/jmh.txt
(cd "$ROOT" && mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am -DskipTests package)
java -jar "$ROOT/benchmarks/target/benchmarks.jar" -wi 3 -i 5 -w 1s -r 1s -f 1 2>&1 | grep -A10 '^Benchmark' > "$JMH_OUT"

python3 "$ROOT/benchmarks/report.py" "$RESULTS" "$COUNTERS" "$COMMANDS" "$ROOT/benchmarks/notes.md" \
    "$DURATION" "$ROUNDS" "$HEAP" "$JMH_OUT" > "$ROOT/docs/benchmarks.md"
echo "wrote docs/benchmarks.md"
