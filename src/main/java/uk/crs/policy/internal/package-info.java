/** Reading policy data files (the offence catalogue CSV) into the records of {@code uk.crs.policy}. */
@NullMarked
package uk.crs.policy.internal;

import org.jspecify.annotations.NullMarked;
