package uk.crs.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** OpenAPI generation: Jackson's tree types, which the API reads and writes, are documented as plain JSON. */
@Configuration
class ApiDocs {

    static {
        // Without this springdoc inspects ObjectNode's setters, fails on its overloaded setAll, and logs a
        // stack trace every time the OpenAPI document is built.
        SpringDocUtils.getConfig()
                .replaceWithClass(ObjectNode.class, Object.class)
                .replaceWithClass(ArrayNode.class, Object.class)
                .replaceWithClass(JsonNode.class, Object.class);
    }
}
