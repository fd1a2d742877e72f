/** The case workflow: a community resolution from the officer's decision to its close, with roles checked. */
@NullMarked
package uk.crs.cases;

import org.jspecify.annotations.NullMarked;
