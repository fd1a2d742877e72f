/**
 * The browser interface: GOV.UK-style pages over the same {@code cases} use cases and transition table as the REST
 * API. Controllers stay thin: read the form, call a use case, choose a view.
 */
@NullMarked
package uk.crs.web.pages;

import org.jspecify.annotations.NullMarked;
