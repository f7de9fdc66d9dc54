package org.familycontext.adapters;

/** Why a load ran. */
public enum LoadTrigger {
    /** Its nightly schedule. */
    SCHEDULE,
    /** A data engineer asked for it. */
    MANUAL,
    /** The source had never been loaded. */
    FIRST
}
