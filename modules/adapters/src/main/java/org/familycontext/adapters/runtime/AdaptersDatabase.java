package org.familycontext.adapters.runtime;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the data sources the adapters module uses, by role. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
@interface AdaptersDatabase {

    Role value();

    /** The database role behind the data source. */
    enum Role {
        /** The application's role: row-level security applies. */
        APPLICATION,
        /** The loader role: COPY into staging tables, nothing else. */
        LOADER
    }
}
