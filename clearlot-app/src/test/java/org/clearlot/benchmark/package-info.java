/** Benchmarks run on demand with {@code mvn -B -pl clearlot-app test -Pbenchmark}; not part of the test run. */
package org.clearlot.benchmark;
