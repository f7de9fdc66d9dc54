package org.familycontext.launcher.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.familycontext.matching.PartialDate;

/**
 * Reads dates with a pattern such as {@code yyyyMMdd} or {@code dd/MM/yyyy}. For dates of birth and
 * patterns of digits and separators only, it keeps what can be read when the whole cannot (a month
 * of 13 or a day of 00 leaves that part unknown), since a partly known date still helps to link.
 */
final class DateReader {

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final boolean positional;

    DateReader(String pattern) {
        this.pattern = pattern;
        try {
            this.formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + pattern + "\" is not a date pattern (" + e.getMessage() + ")", e);
        }
        this.positional = pattern.matches("[yMd\\-/. ]+") && pattern.contains("yyyy") && pattern.contains("MM")
                && pattern.contains("dd");
    }

    PartialDate read(String text) {
        if (text == null || text.isBlank()) {
            return PartialDate.UNKNOWN;
        }
        String value = text.strip();
        try {
            LocalDate date = LocalDate.parse(value, formatter);
            return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } catch (DateTimeParseException e) {
            return positional && value.length() == pattern.length() ? byPosition(value) : PartialDate.UNKNOWN;
        }
    }

    /** The whole date, or null when the text is blank or not a whole date (a move without its day tells little). */
    LocalDate whole(String text) {
        PartialDate date = read(text);
        try {
            return date.isComplete() ? LocalDate.of(date.year(), date.month(), date.day()) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private PartialDate byPosition(String value) {
        int year = part(value, pattern.indexOf("yyyy"), 4, 1800, 2100);
        int month = part(value, pattern.indexOf("MM"), 2, 1, 12);
        int day = part(value, pattern.indexOf("dd"), 2, 1, 31);
        return new PartialDate(year, month, day);
    }

    private static int part(String value, int at, int length, int min, int max) {
        int n = 0;
        for (int i = at; i < at + length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + c - '0';
        }
        return n >= min && n <= max ? n : 0;
    }
}
