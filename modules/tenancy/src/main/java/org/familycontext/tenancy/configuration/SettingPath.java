package org.familycontext.tenancy.configuration;

import com.networknt.schema.path.NodePath;

/** Writes a node's position the way people read YAML: {@code branding.colour}, {@code datasets[2]}. */
final class SettingPath {

    private SettingPath() {
    }

    static String of(NodePath path, String property) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                append(text, String.valueOf(element));
            }
        }
        if (property != null) {
            append(text, property);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String name) {
        if (!text.isEmpty()) {
            text.append('.');
        }
        text.append(name);
    }
}
