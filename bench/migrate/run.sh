#!/bin/sh
# The runtime benchmark in one command (docs/bench-runtime.md): builds keel-runtime and this
# module, then runs dev.keel.bench.migrate.MigrateBench on the PostgreSQL at 127.0.0.1:5432 (or
# KEEL_BENCH_JDBC_URL). Arguments go to the benchmark, e.g. --jvm-runs 30.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if grep -q '<module>bench/migrate</module>' pom.xml; then
  mvn -B -q -pl bench/migrate -am package -DskipTests
else
  # the module is not in the root pom's reactor yet: install keel-runtime (tests and the format
  # check are the module build's business, not the benchmark's), then build this one alone
  mvn -B -q -pl runtime install -DskipTests -Dspotless.check.skip=true
  mvn -B -q -f bench/migrate/pom.xml package
fi
exec java -cp "bench/migrate/target/classes:$(cat bench/migrate/target/classpath.txt)" \
  dev.keel.bench.migrate.MigrateBench "$@"
