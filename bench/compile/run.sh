#!/usr/bin/env bash
# The compile-overhead benchmark (docs/bench-compile.md), from any directory:
#
#   bench/compile/run.sh                           # 200 and 1000 basic entities, 5 runs each
#   bench/compile/run.sh -Dreps=1 -Dsizes=200      # a smoke run
#   bench/compile/run.sh -Dshapes=relations        # entities with relations
#
# Builds Keel and this module (tests skipped), then runs dev.keel.bench.compile.CompileBench;
# every argument is passed to it as a JVM option (settings: see Settings.java). Needs a JDK 17,
# Maven and GNU time (/usr/bin/time).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

flags=(-B -q -DskipTests -Dspotless.check.skip=true)
# fresh copies of the processor paths, never jars of an earlier build
rm -rf bench/compile/target/paths
mvn "${flags[@]}" package -pl bench/compile -am

# which Keel is measured, for the report's header
revision=$(git describe --always --dirty 2>/dev/null || echo unknown)
exec java -Xmx256m -Dbench.revision="$revision" "$@" \
  -cp bench/compile/target/classes dev.keel.bench.compile.CompileBench
