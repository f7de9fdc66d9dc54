package org.familycontext.tenancy.configuration;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Shows a configuration value in a message: short, quoted, and never a secret. */
final class ValueText {

    private static final int MAX_SHOWN = 60;

    private ValueText() {
    }

    /** A short description of the value, or a placeholder when the setting may hold a secret. */
    static String of(String path, JsonNode value) {
        if (path.toLowerCase(Locale.ROOT).contains("secret")) {
            return "the value (not shown, as it may be a secret)";
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "an empty value";
        }
        if (value.isString()) {
            return quoted(value.asString());
        }
        if (value.isObject()) {
            return "a group of settings";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isBoolean() ? "true/false value " + value : "the number " + value;
    }

    private static String quoted(String text) {
        String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.append('"').toString();
    }
}
