package org.familycontext.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The secret as it is now (read each time, so a rotated secret needs no restart), stripped of
     * surrounding white space; empty when the variable is unset or blank.
     *
     * @param environment the process environment (a function, so tests can supply their own)
     * @throws UncheckedIOException when the file cannot be read
     */
    public Optional<String> read(Function<String, String> environment) {
        String value;
        if (source == Source.ENVIRONMENT) {
            value = environment.apply(name);
        } else {
            try {
                value = Files.readString(Path.of(name));
            } catch (IOException e) {
                throw new UncheckedIOException("the secret file " + name + " cannot be read", e);
            }
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public String toString() {
        return (source == Source.ENVIRONMENT ? "env:" : "file:") + name;
    }
}
