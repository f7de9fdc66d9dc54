package org.familycontext.launcher.link;

/** A mapping or input file that cannot be used; the message names the file and where. */
public final class LinkInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LinkInputException(String message) {
        super(message);
    }
}
