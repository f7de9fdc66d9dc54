package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A housing flag (anti-social behaviour, eviction, notice seeking possession, rent arrears). */
public enum FlagState implements StyledCode {
    OPEN("OPEN", "Case open", "1"),
    CLOSED("CLOSED", "Case closed", "2"),
    NONE("NONE", "No records found", "0");

    private final String[] codes;

    FlagState(String... codesByStyle) {
        this.codes = codesByStyle;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
