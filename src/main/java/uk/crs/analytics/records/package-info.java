/**
 * A force's own records extract (docs/force-records.md): ingest with pseudonymised people, and reconciliation with
 * the published data.police.uk street files.
 */
@NullMarked
package uk.crs.analytics.records;

import org.jspecify.annotations.NullMarked;
