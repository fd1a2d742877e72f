/** Loader for aggregated count tables in any layout, given the roles of their columns. */
@NullMarked
package uk.crs.analytics.ingest.counts;

import org.jspecify.annotations.NullMarked;
