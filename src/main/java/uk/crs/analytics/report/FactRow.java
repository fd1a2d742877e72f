package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;

/** Counts at the finest grain a report uses: force, year and crime type (any may be unknown in count tables). */
public record FactRow(@Nullable String forceSlug, @Nullable Integer year, @Nullable String crimeType, Counts counts) {}
