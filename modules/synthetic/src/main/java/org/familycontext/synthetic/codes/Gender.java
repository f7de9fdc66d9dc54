package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A person's gender as the common data model knows it. */
public enum Gender implements StyledCode {
    FEMALE("Female", "F", "Female", "2"),
    MALE("Male", "M", "Male", "1"),
    OTHER("Other", "O", "Other", "3"),
    UNKNOWN("Unknown", "U", "Unknown", "9");

    private final String word;
    private final String[] codes;

    Gender(String word, String... codesByStyle) {
        this.word = word;
        this.codes = codesByStyle;
    }

    /** The common data model's word, used in the truth files. */
    public String word() {
        return word;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
