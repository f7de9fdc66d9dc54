package org.familycontext.adapters.load;

/**
 * PostgreSQL COPY text format: tab between columns, {@code \N} for null, backslash escapes for
 * backslash, tab, newline and carriage return. NUL characters (which PostgreSQL text cannot hold)
 * become U+FFFD. Whatever a value contains, it arrives as inert text.
 */
final class CopyText {

    private final StringBuilder line = new StringBuilder(512);

    CopyText begin() {
        line.setLength(0);
        return this;
    }

    CopyText add(Object value) {
        if (!line.isEmpty()) {
            line.append('\t');
        }
        if (value == null) {
            line.append("\\N");
            return this;
        }
        String text = value.toString();
        if (plain(text)) {
            line.append(text);
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\0' -> line.append('\uFFFD');
                default -> line.append(c);
            }
        }
        return this;
    }

    /** True when nothing in the text needs escaping (most values): it can be appended whole. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    String end() {
        return line.append('\n').toString();
    }
}
