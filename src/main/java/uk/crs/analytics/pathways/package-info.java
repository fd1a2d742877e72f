/**
 * Pathways side by side (docs/force-records.md): volumes and shares of outcome types 1, 2, 3, 6, 7, 8, 21, 22 and 23
 * per month and offence group from each source kept apart (a force's records extract, crs's own closed cases, the Home
 * Office outcomes tables in each of their count bases), and the conformance check: small named rules listing the
 * records whose outcome does not fit their pathway.
 */
@NullMarked
package uk.crs.analytics.pathways;

import org.jspecify.annotations.NullMarked;
