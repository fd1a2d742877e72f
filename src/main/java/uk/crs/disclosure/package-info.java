/**
 * Statistical disclosure control for every output crs builds from non-public data (a force's own records, its case
 * store): the ONS cell key perturbation method used for Census 2021, in one place. Depends on nothing in crs.
 */
@NullMarked
package uk.crs.disclosure;

import org.jspecify.annotations.NullMarked;
