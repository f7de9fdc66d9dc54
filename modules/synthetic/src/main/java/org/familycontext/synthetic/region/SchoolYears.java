package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.time.Month;

/**
 * The English school calendar: a child starts Reception in the September after turning four,
 * moves to secondary school seven years later, and may stay until the end of Year 13.
 */
public final class SchoolYears {

    private SchoolYears() {
    }

    /** The calendar year of the September the child starts Reception. */
    public static int receptionYear(LocalDate dateOfBirth) {
        return dateOfBirth.getMonthValue() >= 9 ? dateOfBirth.getYear() + 5 : dateOfBirth.getYear() + 4;
    }

    /** The first day of Reception. */
    public static LocalDate startsSchool(LocalDate dateOfBirth) {
        return LocalDate.of(receptionYear(dateOfBirth), Month.SEPTEMBER, 1);
    }

    /** The first day of Year 7. */
    public static LocalDate startsSecondary(LocalDate dateOfBirth) {
        return LocalDate.of(receptionYear(dateOfBirth) + 7, Month.SEPTEMBER, 1);
    }

    /** The last day of Year 11 (end of compulsory school). */
    public static LocalDate endsYear11(LocalDate dateOfBirth) {
        return LocalDate.of(receptionYear(dateOfBirth) + 12, Month.JULY, 31);
    }

    /** The last day of Year 13. */
    public static LocalDate endsYear13(LocalDate dateOfBirth) {
        return LocalDate.of(receptionYear(dateOfBirth) + 14, Month.JULY, 31);
    }
}
