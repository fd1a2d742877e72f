/** The eligibility engine: decides a case's facts under a policy version and explains every rule; no framework, no clock. */
@NullMarked
package uk.crs.decision;

import org.jspecify.annotations.NullMarked;
