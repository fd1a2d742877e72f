/**
 * Re-offending after each pathway, measured the Ministry of Justice way from a force's records extract, and
 * comparisons of two pathways on matched people (docs/reoffending.md).
 */
@NullMarked
package uk.crs.analytics.reoffending;

import org.jspecify.annotations.NullMarked;
