/**
 * Typed reads of named fields from parsed JSON and YAML trees, shared by the case-facts, policy and request readers;
 * each reader keeps its own messages. Depends on nothing in crs.
 */
@NullMarked
package uk.crs.json;

import org.jspecify.annotations.NullMarked;
