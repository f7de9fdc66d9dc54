package org.familycontext.tenancy;

import java.util.Objects;

/**
 * Where a secret is found at run time; never the secret itself.
 *
 * @param source where to look
 * @param name   the environment variable's name, or the file's path
 */
public record SecretReference(Source source, String name) {

    /** The kinds of place a secret can be kept. */
    public enum Source {
        /** An environment variable of the server process. */
        ENVIRONMENT,
        /** A file readable by the server (e.g. a mounted Kubernetes secret). */
        FILE
    }

    public SecretReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return (source == Source.ENVIRONMENT ? "env:" : "file:") + name;
    }
}
