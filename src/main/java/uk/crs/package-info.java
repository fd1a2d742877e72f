/** crs, the Community Resolution System: the command-line entry point and the feature packages beneath it. */
@NullMarked
package uk.crs;

import org.jspecify.annotations.NullMarked;
