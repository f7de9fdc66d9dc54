package org.familycontext.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a tenant configuration file, located precisely enough to fix it.
 *
 * @param file     the file's name in {@code tenant-config/}, e.g. {@code leeds.yaml}
 * @param line     the line (from 1), or 0 when the problem concerns the whole file
 * @param column   the column (from 1), or 0 when unknown
 * @param path     the setting's path, e.g. {@code branding.colour}; empty for the whole file
 * @param problem  what is wrong
 * @param expected what would be right, when it can be said
 */
public record ConfigurationProblem(String file, int line, int column, String path, String problem,
                                   Optional<String> expected) {

    public ConfigurationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(expected, "expected");
    }

    /** A problem with the whole file (unreadable, empty, badly named). */
    public static ConfigurationProblem ofFile(String file, String problem, String expected) {
        return new ConfigurationProblem(file, 0, 0, "", problem, Optional.ofNullable(expected));
    }

    /**
     * One line for people: {@code leeds.yaml:7:11: branding.colour: "blue" is not valid; expected:
     * a colour written as # and six hex digits}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(problem);
        expected.ifPresent(e -> text.append("; expected: ").append(e));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
