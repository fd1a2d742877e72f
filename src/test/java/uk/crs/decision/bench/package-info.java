/** Benchmarks of the decision engine and of the {@code crs decide} pipeline (run by the scripts under bench/). */
@NullMarked
package uk.crs.decision.bench;

import org.jspecify.annotations.NullMarked;
