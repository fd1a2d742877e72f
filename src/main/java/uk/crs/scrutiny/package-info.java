/**
 * Scrutiny panels: verifiable case sampling, anonymised case packs, blind verdicts, agreement statistics and
 * published, collatable findings.
 */
@NullMarked
package uk.crs.scrutiny;

import org.jspecify.annotations.NullMarked;
