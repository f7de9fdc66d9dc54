package org.familycontext.synthetic.codes;

import org.familycontext.synthetic.ExtractStyle;

/** A coded value that each extract style writes in its own vocabulary. */
public interface StyledCode {

    /** The code as the style writes it. */
    String code(ExtractStyle style);
}
