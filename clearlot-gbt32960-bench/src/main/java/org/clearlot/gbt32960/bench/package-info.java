/** JMH benchmarks of the GB/T 32960.3 codec: single-thread decode throughput on realistic and sample frames. */
package org.clearlot.gbt32960.bench;
