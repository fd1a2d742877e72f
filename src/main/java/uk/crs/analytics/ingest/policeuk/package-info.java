/** Loaders for data.police.uk monthly street and outcomes files. */
@NullMarked
package uk.crs.analytics.ingest.policeuk;

import org.jspecify.annotations.NullMarked;
