/** Open-data analytics of community-resolution use: the DuckDB store and its reference data. */
@NullMarked
package uk.crs.analytics;

import org.jspecify.annotations.NullMarked;
