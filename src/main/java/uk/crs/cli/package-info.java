/** Command-line entry points: one picocli command per capability; the only package besides web that reads argv. */
@NullMarked
package uk.crs.cli;

import org.jspecify.annotations.NullMarked;
