package org.familycontext.matching;

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

    /** True when the strings are the same but for two neighbouring characters written the other way round. */
    static boolean neighboursSwapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }

    /**
     * True when the strings are at most one edit apart (Levenshtein distance 0 or 1: one character
     * changed, left out or added). Linear, and allocates nothing: it runs for most compared pairs.
     */
    static boolean withinOneEdit(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() > 1) {
            return false;
        }
        boolean sameLength = longer.length() == shorter.length();
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            i++;
            if (sameLength) {
                j++;
            }
        }
        return (longer.length() - i) + (shorter.length() - j) + (edited ? 1 : 0) <= 1;
    }
}
