/** The append-only, hash-chained audit log of every action on a case, and its verification. */
@NullMarked
package uk.crs.audit;

import org.jspecify.annotations.NullMarked;
