package org.familycontext.synthetic;

import java.util.Objects;
import org.familycontext.kernel.CouncilId;

/**
 * One council of a synthetic region and the style its extracts are written in.
 *
 * @param council the council
 * @param style   its extract style
 */
public record CouncilSpec(CouncilId council, ExtractStyle style) {

    public CouncilSpec {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(style, "style");
    }

    /** The council with its usual style ({@link ExtractStyle#forCouncil}). */
    public static CouncilSpec withUsualStyle(CouncilId council) {
        return new CouncilSpec(council, ExtractStyle.forCouncil(council));
    }
}
