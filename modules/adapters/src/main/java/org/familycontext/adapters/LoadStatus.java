package org.familycontext.adapters;

/** Where a load run stands. */
public enum LoadStatus {
    /** Reading and staging. */
    RUNNING,
    /** Complete, checked, and now the source's current data. */
    PUBLISHED,
    /** Complete, but the same as the current data: nothing changed. */
    UNCHANGED,
    /** The extract could not be loaded (missing, broken, too many bad rows); the current data stays. */
    REFUSED,
    /** Something went wrong while loading; the current data stays. */
    FAILED,
    /** Was current, until a newer load was published. */
    SUPERSEDED
}
