/** Community-resolution reports from the analytics store: counts, shares, intervals, funnel plots, suppression. */
@NullMarked
package uk.crs.analytics.report;

import org.jspecify.annotations.NullMarked;
