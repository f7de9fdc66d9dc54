package org.familycontext.synthetic.sources;

/**
 * How often a service gets each part of a person wrong. Schools know their pupils well; police
 * and housing record what they are told, often in a hurry.
 *
 * @param nickname     a short given name, when the name has one
 * @param typo         per name
 * @param formerName   an old surname when the change was long ago (changes after the record always show)
 * @param nameForm     another way of writing a multi-part surname, when it is one
 * @param missingDob   no date of birth
 * @param yearOnlyDob  only the year of birth
 * @param swappedDob   day and month swapped, when both are 12 or less
 * @param missingNhs   no NHS number although the person has one
 * @param invalidId    an NHS number or UPN with a wrong check character
 * @param oldAddress   an earlier address in the council, when there is one
 * @param noGender     gender not recorded
 */
public record ErrorRates(double nickname, double typo, double formerName, double nameForm, double missingDob,
        double yearOnlyDob, double swappedDob, double missingNhs, double invalidId, double oldAddress,
        double noGender) {

    public static final ErrorRates CHILDRENS_SOCIAL_CARE =
            new ErrorRates(0.04, 0.02, 0.05, 0.15, 0.01, 0.005, 0.01, 0.10, 0.005, 0.08, 0.005);
    public static final ErrorRates SCHOOL =
            new ErrorRates(0.03, 0.01, 0.02, 0.10, 0.0, 0.0, 0.005, 0.0, 0.005, 0.05, 0.0);
    public static final ErrorRates ADULT_SOCIAL_CARE =
            new ErrorRates(0.05, 0.02, 0.05, 0.15, 0.01, 0.01, 0.01, 0.03, 0.005, 0.05, 0.005);
    public static final ErrorRates HOUSING =
            new ErrorRates(0.10, 0.03, 0.08, 0.20, 0.06, 0.02, 0.015, 0.0, 0.0, 0.0, 0.01);
    public static final ErrorRates POLICE =
            new ErrorRates(0.12, 0.04, 0.10, 0.20, 0.02, 0.01, 0.02, 0.0, 0.0, 0.10, 0.005);
}
