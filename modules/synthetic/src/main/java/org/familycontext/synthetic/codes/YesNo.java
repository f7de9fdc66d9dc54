package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A yes/no answer, such as whether an offence is a safeguarding one. */
public enum YesNo implements StyledCode {
    YES("Y", "Yes", "1"),
    NO("N", "No", "0");

    private final String[] codes;

    YesNo(String... codesByStyle) {
        this.codes = codesByStyle;
    }

    public static YesNo of(boolean answer) {
        return answer ? YES : NO;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
