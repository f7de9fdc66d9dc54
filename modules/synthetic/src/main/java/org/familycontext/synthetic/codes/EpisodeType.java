package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A children's social care episode: early help, child in need, child protection, looked after. */
public enum EpisodeType implements StyledCode {
    EARLY_HELP("EH", "Early help", "EH"),
    CHILD_IN_NEED("CIN", "Child in need", "CIN"),
    CHILD_PROTECTION("CP", "Child protection", "CPP"),
    LOOKED_AFTER("LAC", "Looked after", "LAC");

    private final String[] codes;

    EpisodeType(String... codesByStyle) {
        this.codes = codesByStyle;
    }

    @Override
    public String code(ExtractStyle style) {
        return codes[style.ordinal()];
    }
}
