/** HTTP adapter: the Spring Boot application, pages, REST controllers and the one error mapper. */
@NullMarked
package uk.crs.web;

import org.jspecify.annotations.NullMarked;
