/** Where crs keeps its data: the home directory, the case store (embedded H2 or PostgreSQL) and the analytics file. */
@NullMarked
package uk.crs.store;

import org.jspecify.annotations.NullMarked;
