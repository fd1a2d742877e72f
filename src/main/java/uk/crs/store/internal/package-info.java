/**
 * How crs runs its embedded PostgreSQL server: the bundled server programs, the cluster's files and processes, and its
 * generated passwords.
 */
@NullMarked
package uk.crs.store.internal;

import org.jspecify.annotations.NullMarked;
