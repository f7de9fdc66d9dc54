package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** How a pupil is on a school's roll: main, secondary (dual) registration, or off-site provision. */
public enum AdmissionType implements StyledCode {
    MAIN("MAIN", "Main", "Main"),
    SECONDARY("SECONDARY", "Secondary", "Secondary"),
    OFFSITE("OFFSITE", "Off-site provision", "OffSite");

    private final String[] codes;

    AdmissionType(String... codesByStyle) {
        this.codes = codesByStyle;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
