#!/bin/sh
# The runtime benchmark in one command (docs/bench-runtime.md): builds keel-runtime and this
# module, then runs dev.keel.bench.migrate.MigrateBench on the PostgreSQL at 127.0.0.1:5432 (or
# KEEL_BENCH_JDBC_URL). Arguments go to the benchmark, e.g. --jvm-runs 30.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -pl bench/migrate -am package -DskipTests
exec java -cp "bench/migrate/target/classes:$(cat bench/migrate/target/classpath.txt)" \
  dev.keel.bench.migrate.MigrateBench "$@"
