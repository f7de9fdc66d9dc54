package org.familycontext.adapters.spi;

/**
 * The extract cannot be loaded at all: missing, unreadable, empty, wrong encoding, missing columns.
 * The load is refused whole and the council's current data stays.
 */
public class ExtractRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtractRefused(String reason) {
        super(reason);
    }

    public ExtractRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
