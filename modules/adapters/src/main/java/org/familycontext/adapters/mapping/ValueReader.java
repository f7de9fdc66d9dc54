package org.familycontext.adapters.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Postcode;
import org.familycontext.kernel.Upn;

/**
 * Reads one field's text into a canonical value: dates with the source's pattern (strictly: no
 * 31 February), codes through the source's code table, NHS numbers, UPNs and postcodes validated
 * and normalised. Returns empty with a reason when the text is not a valid value.
 */
final class ValueReader {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final DateTimeFormatter dates;
    private final Optional<DigitDates> digitDates;
    private final Map<String, Map<String, String>> codes;

    ValueReader(String datePattern, Map<String, Map<String, String>> codes) {
        // "uuuu" is the proleptic year; "yyyy" needs an era when resolving strictly.
        this.dates = DateTimeFormatter.ofPattern(datePattern.replace('y', 'u'), Locale.UK).withResolverStyle(ResolverStyle.STRICT);
        this.digitDates = DigitDates.of(datePattern);
        this.codes = codes;
    }

    /** The source's code table for the field (its codes and what they mean), or null when it has none. */
    Map<String, String> codesFor(CanonicalField field) {
        return codes.get(field.configName());
    }

    /** The date, or null with {@code problem[0]} set. */
    LocalDate date(CanonicalField field, String text, LocalDate asOf, String[] problem) {
        try {
            LocalDate date = digitDates.isPresent()
                    ? digitDates.get().parse(text).orElseThrow(() -> new DateTimeParseException("not a date", text, 0))
                    : LocalDate.parse(text, dates);
            if (field == CanonicalField.DATE_OF_BIRTH && (date.isAfter(asOf) || date.isBefore(EARLIEST))) {
                problem[0] = "date of birth " + date + " is outside 1900 to today";
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem[0] = "\"" + shortened(text) + "\" is not a date in the source's format";
            return null;
        }
    }

    /**
     * The text with codes translated (through {@code table}, the field's code table from
     * {@link #codesFor}, or null) and identifiers normalised, or null with {@code problem[0]} set.
     */
    String text(CanonicalField field, Map<String, String> table, String text, String[] problem) {
        if (table != null) {
            String meaning = table.get(text);
            if (meaning == null) {
                problem[0] = "\"" + shortened(text) + "\" is not one of the source's codes for " + field.configName();
            }
            return meaning;
        }
        return switch (field) {
            case NHS_NUMBER -> checked(NhsNumber.parse(text).map(NhsNumber::value), "not a valid NHS number", problem);
            case UPN -> checked(Upn.parse(text).map(Upn::value), "not a valid UPN", problem);
            case POSTCODE -> checked(Postcode.parse(text).map(Postcode::value), "not a UK postcode", problem);
            case UPRN -> checked(isUprn(text) ? Optional.of(text) : Optional.empty(), "not a UPRN (up to 12 digits)", problem);
            default -> text;
        };
    }

    private static boolean isUprn(String text) {
        if (text.isEmpty() || text.length() > 12) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String checked(Optional<String> value, String reason, String[] problem) {
        if (value.isEmpty()) {
            problem[0] = reason;
        }
        return value.orElse(null);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
