/** One small class per family of policy rule; each turns case facts into a rule result citing its clause. */
@NullMarked
package uk.crs.decision.rules;

import org.jspecify.annotations.NullMarked;
