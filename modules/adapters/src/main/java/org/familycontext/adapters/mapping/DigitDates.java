package org.familycontext.adapters.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fast reader for the date patterns extracts nearly always use: two-digit day and month, a
 * four-digit year, and fixed separators ({@code dd/MM/yyyy}, {@code yyyy-MM-dd}, {@code yyyyMMdd}).
 * It reads what the strict formatter would (but refuses signed years, which no extract means), without
 * the formatter's per-value cost; other patterns are left to the formatter.
 */
final class DigitDates {

    private final String pattern;
    private final int day;
    private final int month;
    private final int year;

    private DigitDates(String pattern, int day, int month, int year) {
        this.pattern = pattern;
        this.day = day;
        this.month = month;
        this.year = year;
    }

    /** A reader for the pattern, when it is one this class reads. */
    static Optional<DigitDates> of(String pattern) {
        String normal = pattern.replace('u', 'y');
        int day = normal.indexOf("dd");
        int month = normal.indexOf("MM");
        int year = normal.indexOf("yyyy");
        if (day < 0 || month < 0 || year < 0 || normal.length() > 12) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(normal);
        for (int[] part : new int[][] {{day, 2}, {month, 2}, {year, 4}}) {
            for (int i = part[0]; i < part[0] + part[1]; i++) {
                rest.setCharAt(i, '#');
            }
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c != '#' && (Character.isLetterOrDigit(c) || c == '\'')) {
                return Optional.empty();
            }
        }
        if (rest.toString().replace("#", "").length() != normal.length() - 8) {
            return Optional.empty();
        }
        return Optional.of(new DigitDates(rest.toString(), day, month, year));
    }

    /** The date, or empty when the text is not one in the pattern (or not a real day). */
    Optional<LocalDate> parse(String text) {
        if (text.length() != pattern.length()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char expected = pattern.charAt(i);
            if (expected == '#' ? c < '0' || c > '9' : c != expected) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(number(text, year, 4), number(text, month, 2), number(text, day, 2)));
        } catch (DateTimeException notAday) {
            return Optional.empty();
        }
    }

    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
