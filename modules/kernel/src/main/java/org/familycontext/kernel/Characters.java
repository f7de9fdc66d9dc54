package org.familycontext.kernel;

/** Small text helpers for identifiers, without regular expressions (they run for every row of a load). */
final class Characters {

    private Characters() {
    }

    /** The text without white space (and without hyphens when asked); the same text when it has none. */
    static String without(String text, boolean hyphens) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = Character.isWhitespace(c) || (hyphens && c == '-');
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
