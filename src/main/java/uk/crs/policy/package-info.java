/** Versioned community-resolution policy and the offence catalogue it refers to, free of I/O frameworks. */
@NullMarked
package uk.crs.policy;

import org.jspecify.annotations.NullMarked;
