package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Nicknames;
import org.familycontext.synthetic.region.Person;

/** Writes a person down the way a service would, putting in its kind of mistakes at its rates. */
final class Transcriber {

    /** A surname changed after the service recorded the person is nearly always still the old one. */
    private static final double STALE_SURNAME = 0.85;
    private final ErrorRates rates;
    private final SplittableRandom random;

    Transcriber(ErrorRates rates, SplittableRandom random) {
        this.rates = rates;
        this.random = random;
    }

    /** The person as recorded on a date, living (as far as the service knows) at the given household. */
    Transcript transcribe(Person person, LocalDate recordedOn, Household address, Household earlierAddress) {
        List<RecordedError> errors = new ArrayList<>(0);
        String given = givenName(person, errors);
        String family = familyName(person, recordedOn, errors);
        LocalDate born = dateOfBirth(person.dateOfBirth(), errors);
        Gender gender = person.gender();
        if (Dice.chance(random, rates.noGender())) {
            errors.add(new RecordedError(Field.GENDER, DataError.GENDER_NOT_RECORDED, gender.word(), "Unknown"));
            gender = Gender.UNKNOWN;
        }
        String nhs = nhsNumber(person.nhsNumber(), errors);
        Household written = address;
        if (earlierAddress != null && Dice.chance(random, rates.oldAddress())) {
            errors.add(new RecordedError(Field.ADDRESS, DataError.OLD_ADDRESS, address.dwelling().uprn(),
                    earlierAddress.dwelling().uprn()));
            written = earlierAddress;
        }
        return new Transcript(given, family, born, gender, nhs, written, errors);
    }

    /** The UPN as written: now and then with a wrong check letter. */
    String upn(String upn, List<RecordedError> errors) {
        if (upn == null || !Dice.chance(random, rates.invalidId())) {
            return upn;
        }
        char wrong = Identifiers.otherCheckLetter(upn.charAt(0), random);
        String written = wrong + upn.substring(1);
        errors.add(new RecordedError(Field.UPN, DataError.INVALID_UPN, upn, written));
        return written;
    }

    private String givenName(Person person, List<RecordedError> errors) {
        String truth = person.givenName();
        String given = truth;
        List<String> shortForms = Nicknames.of(truth);
        if (!shortForms.isEmpty() && Dice.chance(random, rates.nickname())) {
            given = Dice.pick(random, shortForms);
            errors.add(new RecordedError(Field.GIVEN_NAME, DataError.NICKNAME, truth, given));
        }
        return typo(Field.GIVEN_NAME, given, truth, errors);
    }

    private String familyName(Person person, LocalDate recordedOn, List<RecordedError> errors) {
        String truth = person.familyName();
        String family = truth;
        if (person.formerFamilyName() != null && Dice.chance(random, formerNameChance(person, recordedOn))) {
            family = person.formerFamilyName();
            errors.add(new RecordedError(Field.FAMILY_NAME, DataError.FORMER_SURNAME, truth, family));
        }
        if (Dice.chance(random, rates.nameForm())) {
            String reformed = NameVariants.form(family, random);
            if (!reformed.equals(family)) {
                errors.add(new RecordedError(Field.FAMILY_NAME, DataError.NAME_FORM, family, reformed));
                family = reformed;
            }
        }
        return typo(Field.FAMILY_NAME, family, truth, errors);
    }

    private double formerNameChance(Person person, LocalDate recordedOn) {
        LocalDate changed = person.nameChangedOn();
        return changed != null && !recordedOn.isAfter(changed) ? STALE_SURNAME : rates.formerName();
    }

    private String typo(Field field, String name, String truth, List<RecordedError> errors) {
        if (!Dice.chance(random, rates.typo())) {
            return name;
        }
        String slipped = NameVariants.typo(name, random);
        if (!slipped.equals(name)) {
            errors.add(new RecordedError(field, DataError.TYPO, truth, slipped));
        }
        return slipped;
    }

    private LocalDate dateOfBirth(LocalDate truth, List<RecordedError> errors) {
        if (Dice.chance(random, rates.missingDob())) {
            errors.add(new RecordedError(Field.DATE_OF_BIRTH, DataError.MISSING_DATE_OF_BIRTH, truth.toString(), ""));
            return null;
        }
        if (Dice.chance(random, rates.yearOnlyDob()) && truth.getDayOfYear() != 1) {
            LocalDate firstOfYear = truth.withDayOfYear(1);
            errors.add(new RecordedError(Field.DATE_OF_BIRTH, DataError.YEAR_ONLY_DATE_OF_BIRTH, truth.toString(),
                    firstOfYear.toString()));
            return firstOfYear;
        }
        int day = truth.getDayOfMonth();
        if (day <= 12 && day != truth.getMonthValue() && Dice.chance(random, rates.swappedDob())) {
            LocalDate swapped = LocalDate.of(truth.getYear(), day, truth.getMonthValue());
            errors.add(new RecordedError(Field.DATE_OF_BIRTH, DataError.DAY_MONTH_SWAPPED, truth.toString(),
                    swapped.toString()));
            return swapped;
        }
        return truth;
    }

    private String nhsNumber(String truth, List<RecordedError> errors) {
        if (truth == null) {
            return "";
        }
        if (Dice.chance(random, rates.missingNhs())) {
            errors.add(new RecordedError(Field.NHS_NUMBER, DataError.MISSING_NHS_NUMBER, truth, ""));
            return "";
        }
        if (Dice.chance(random, rates.invalidId())) {
            String written = Identifiers.wrongCheckDigit(truth, random);
            errors.add(new RecordedError(Field.NHS_NUMBER, DataError.INVALID_NHS_NUMBER, truth, written));
            return written;
        }
        return truth;
    }
}
