/** Loader for the Home Office crime outcomes open-data tables (outcome type by offence code, force and quarter). */
@NullMarked
package uk.crs.analytics.ingest.homeoffice;

import org.jspecify.annotations.NullMarked;
