package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/**
 * An offence type as police extracts name it. The safeguarding types are the seven the pilots
 * showed; the rest only ever count as "records found".
 */
public enum OffenceType implements StyledCode {
    HOMICIDE("Homicide", true, 1),
    OTHER_SEXUAL_OFFENCES("Other sexual offences", true, 20),
    POSSESSION_OF_WEAPONS("Possession of weapons", true, 40),
    RAPE("Rape", true, 8),
    ROBBERY("Robbery", true, 35),
    VIOLENCE_WITH_INJURY("Violence with injury", true, 120),
    VIOLENCE_WITHOUT_INJURY("Violence without injury", true, 160),
    THEFT("Theft", false, 200),
    CRIMINAL_DAMAGE("Criminal damage", false, 110),
    PUBLIC_ORDER("Public order", false, 100),
    DRUGS("Drugs", false, 90),
    BURGLARY("Burglary", false, 50),
    FRAUD("Fraud", false, 25),
    VEHICLE_OFFENCES("Vehicle offences", false, 40);

    private final String label;
    private final boolean safeguarding;
    private final int weight;

    OffenceType(String label, boolean safeguarding, int weight) {
        this.label = label;
        this.safeguarding = safeguarding;
        this.weight = weight;
    }

    public boolean safeguarding() {
        return safeguarding;
    }

    /** How common the type is relative to the others (per mille, roughly). */
    public int weight() {
        return weight;
    }

    @Override
    public String code(ExtractStyle style) {
        return label;
    }
}
