package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.synthetic.codes.Gender;

/**
 * A synthetic person as they really are: the truth that every service's record of them is
 * measured against. Names can change over the family's history (marriage, separation, a move).
 */
public final class Person {

    private final String id;
    private final Gender gender;
    private final String givenName;
    private final LocalDate dateOfBirth;
    private final String nhsNumber;
    private final String upn;
    private final List<Household> households = new ArrayList<>(3);
    private String familyName;
    private String formerFamilyName;
    private LocalDate nameChangedOn;

    Person(String id, Gender gender, String givenName, String familyName, LocalDate dateOfBirth,
            String nhsNumber, String upn) {
        this.id = id;
        this.gender = gender;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.nhsNumber = nhsNumber;
        this.upn = upn;
    }

    public String id() {
        return id;
    }

    public Gender gender() {
        return gender;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    /** The surname before the last change, or null when it never changed. */
    public String formerFamilyName() {
        return formerFamilyName;
    }

    /** When the surname last changed, or null when that was long ago or never. */
    public LocalDate nameChangedOn() {
        return nameChangedOn;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** The NHS number, or null for someone never registered with a GP. */
    public String nhsNumber() {
        return nhsNumber;
    }

    /** The unique pupil number, or null for someone not of school age lately. */
    public String upn() {
        return upn;
    }

    /** Every household the person has lived in, in the order they were formed. */
    public List<Household> households() {
        return households;
    }

    /** Full years of age on a date. */
    public int ageOn(LocalDate date) {
        int years = date.getYear() - dateOfBirth.getYear();
        boolean beforeBirthday = date.getMonthValue() < dateOfBirth.getMonthValue()
                || (date.getMonthValue() == dateOfBirth.getMonthValue()
                        && date.getDayOfMonth() < dateOfBirth.getDayOfMonth());
        return beforeBirthday ? years - 1 : years;
    }

    /** The household the person lives in now (the latest one still going). */
    public Household currentHousehold() {
        Household current = null;
        for (Household h : households) {
            if (h.isCurrent() && (current == null || !h.from().isBefore(current.from()))) {
                current = h;
            }
        }
        return current;
    }

    /** The latest household the person has had in a council, or null when never there. */
    public Household latestIn(int councilIndex) {
        Household latest = null;
        for (Household h : households) {
            if (h.dwelling().councilIndex() == councilIndex
                    && (latest == null || !h.from().isBefore(latest.from()))) {
                latest = h;
            }
        }
        return latest;
    }

    /** An earlier household in the council at a different address than the given one, or null. */
    public Household earlierIn(int councilIndex, Household than) {
        Household earlier = null;
        for (Household h : households) {
            if (h.dwelling().councilIndex() == councilIndex && h.from().isBefore(than.from())
                    && !h.dwelling().uprn().equals(than.dwelling().uprn())
                    && (earlier == null || h.from().isAfter(earlier.from()))) {
                earlier = h;
            }
        }
        return earlier;
    }

    void changeFamilyName(String newName, LocalDate on) {
        if (!newName.equals(familyName)) {
            formerFamilyName = familyName;
            familyName = newName;
            nameChangedOn = on;
        }
    }

    void join(Household household) {
        households.add(household);
    }

    void leave(Household household) {
        households.remove(household);
    }

    @Override
    public String toString() {
        return id;
    }
}
