package org.familycontext.assembly.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Normalises free text for comparison: accents stripped, lower case, words of letters and digits. */
final class Text {

    private Text() {
    }

    /**
     * The words of the text: accents removed, lower case, apostrophes and full stops dropped within
     * words (O'Brien: obrien), every other non-alphanumeric character a word break.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        if (text == null || text.isBlank()) {
            return words;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '.') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words joined by single spaces; null when there are none. */
    static String joined(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** Only the digits of the text; null when there are none. */
    static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.isEmpty() ? null : digits.toString();
    }

    /** Letters and digits only, upper case; null when there are none. */
    static String compact(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? null : String.join("", words).toUpperCase(java.util.Locale.ROOT);
    }

    /** Levenshtein distance, stopping early once it exceeds {@code limit} (then returns limit + 1). */
    static int distanceWithin(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
