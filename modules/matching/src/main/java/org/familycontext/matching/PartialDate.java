package org.familycontext.matching;

/**
 * A date of birth as far as it is known: year, month and day, each 0 when unknown. Sources often
 * hold only a year, or a month and year.
 *
 * @param year  the year, or 0
 * @param month 1 to 12, or 0
 * @param day   1 to 31, or 0
 */
public record PartialDate(int year, int month, int day) {

    public static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);

    public PartialDate {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    public boolean isKnown() {
        return year != 0 || month != 0 || day != 0;
    }

    public boolean isComplete() {
        return year != 0 && month != 0 && day != 0;
    }

    /** Packed as yyyymmdd, with zeros for unknown parts. */
    public int packed() {
        return year * 10000 + month * 100 + day;
    }

    public static PartialDate unpacked(int packed) {
        return new PartialDate(packed / 10000, packed / 100 % 100, packed % 100);
    }
}
