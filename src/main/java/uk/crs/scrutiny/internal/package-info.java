/** Scrutiny's adapters to files and the store: the JDBC persistence of panels. */
@NullMarked
package uk.crs.scrutiny.internal;

import org.jspecify.annotations.NullMarked;
