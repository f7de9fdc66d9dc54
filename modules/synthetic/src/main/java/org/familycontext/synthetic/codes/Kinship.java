package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** How one person relates to another: "A is PARENT of B". */
public enum Kinship implements StyledCode {
    PARENT("parent", "Parent"),
    CHILD("child", "Child"),
    SIBLING("sibling", "Sibling"),
    GRANDPARENT("grandparent", "Grandparent"),
    GRANDCHILD("grandchild", "Grandchild"),
    PARTNER("partner", "Partner"),
    HOUSEHOLD_MEMBER("household member", "HouseholdMember"),
    OTHER("other", "Other");

    private final String mosaic;
    private final String eclipse;

    Kinship(String mosaic, String eclipse) {
        this.mosaic = mosaic;
        this.eclipse = eclipse;
    }

    /** The relationship seen from the other side: the inverse of PARENT is CHILD. */
    public Kinship inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case GRANDPARENT -> GRANDCHILD;
            case GRANDCHILD -> GRANDPARENT;
            default -> this;
        };
    }

    @Override
    public String code(ExtractStyle style) {
        return switch (style) {
            case LIQUIDLOGIC -> name();
            case MOSAIC -> mosaic;
            case ECLIPSE -> eclipse;
        };
    }
}
