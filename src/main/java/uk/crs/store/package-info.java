/**
 * Where crs keeps its data: the home directory, the case store (the embedded PostgreSQL server crs runs itself, or an
 * external one) and the analytics file.
 */
@NullMarked
package uk.crs.store;

import org.jspecify.annotations.NullMarked;
