package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A nominal's part in an offence. */
public enum Involvement implements StyledCode {
    CONVICT("Convict", "Convict", "C"),
    SUSPECT("Suspect", "Suspect", "S");

    private final String[] codes;

    Involvement(String... codesByStyle) {
        this.codes = codesByStyle;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
