package org.familycontext.tenancy.configuration;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Where a node of a configuration file starts (line and column from 1), when the reader recorded
 * it; 0 otherwise.
 *
 * @param line   the line, or 0
 * @param column the column, or 0
 */
record NodeLocation(int line, int column) {

    static final NodeLocation UNKNOWN = new NodeLocation(0, 0);

    static NodeLocation of(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
            TokenStreamLocation location = aware.tokenStreamLocation();
            return new NodeLocation(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
        }
        return UNKNOWN;
    }
}
