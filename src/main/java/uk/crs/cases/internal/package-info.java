/**
 * The case workflow's persistence and request reading: JDBC over the case tables, the batched case writer, the
 * pseudonymous person references and the reader of submitted case JSON. Only {@code uk.crs.cases} uses it.
 */
@NullMarked
package uk.crs.cases.internal;

import org.jspecify.annotations.NullMarked;
