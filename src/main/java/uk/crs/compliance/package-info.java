/**
 * A force's own compliance with its community-resolution policy, from the case store (issue 13 item 9): counts by
 * month and rates with Wilson intervals, under the disclosure control of {@code uk.crs.disclosure}. Reads the cases'
 * public read API only; analytics never depends on it.
 */
@NullMarked
package uk.crs.compliance;

import org.jspecify.annotations.NullMarked;
