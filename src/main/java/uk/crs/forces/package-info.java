/**
 * The one reference list of police forces, by data.police.uk slug, loaded once from {@code forces/forces.csv}; used
 * by policy, users, the adapters and analytics. Depends on nothing in crs.
 */
@NullMarked
package uk.crs.forces;

import org.jspecify.annotations.NullMarked;
