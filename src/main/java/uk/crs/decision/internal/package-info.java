/** Jackson adapters for the decision JSON contracts: case facts in, decisions out. */
@NullMarked
package uk.crs.decision.internal;

import org.jspecify.annotations.NullMarked;
