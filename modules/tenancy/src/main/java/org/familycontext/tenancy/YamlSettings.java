package org.familycontext.tenancy;

import java.util.Optional;
import org.familycontext.tenancy.configuration.FileInput;
import org.familycontext.tenancy.configuration.YamlTreeReader;
import tools.jackson.databind.JsonNode;

/**
 * A YAML settings file read the way council files are (size limit, UTF-8 only, duplicate keys
 * refused, a mapping at the top), for tools with settings files of their own, such as
 * {@code ./fc link}'s mapping: a tree whose nodes remember their line and column, or the problem,
 * located.
 *
 * @param tree    the settings, when they could be read
 * @param problem why they could not, otherwise
 */
public record YamlSettings(Optional<JsonNode> tree, Optional<ConfigurationProblem> problem) {

    /** Reads a file's bytes; {@code name} is what problems call the file. */
    public static YamlSettings read(String name, byte[] content) {
        YamlTreeReader.Outcome outcome = new YamlTreeReader().read(FileInput.of(name, content));
        return new YamlSettings(outcome.tree(), outcome.problem());
    }
}
