/** Loads data.police.uk, Home Office and aggregated count files into the analytics store, one transaction per file. */
@NullMarked
package uk.crs.analytics.ingest;

import org.jspecify.annotations.NullMarked;
