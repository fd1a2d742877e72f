/**
 * The step that puts crs's own closed cases beside a force's records and the Home Office tables: reads them through
 * the cases feature's public {@code ClosedCases} and hands analytics the little it needs ({@code ClosedCase}), so that
 * analytics never depends on the case workflow.
 */
@NullMarked
package uk.crs.pathways;

import org.jspecify.annotations.NullMarked;
