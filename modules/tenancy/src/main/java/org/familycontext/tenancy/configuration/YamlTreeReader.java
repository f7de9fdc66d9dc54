package org.familycontext.tenancy.configuration;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.familycontext.tenancy.ConfigurationProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a YAML file into a tree whose nodes remember their line and column, or says precisely why
 * it cannot: not UTF-8, empty, YAML syntax, duplicate keys, or not a mapping at the top.
 */
public final class YamlTreeReader {

    /** Larger files are refused unread: configuration files are a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The outcome: a tree, or the problem that prevented reading one. */
    public record Outcome(Optional<JsonNode> tree, Optional<ConfigurationProblem> problem) {
    }

    /** Reads a file's bytes as a YAML mapping. */
    public Outcome read(FileInput file) {
        if (file.content().length > MAX_BYTES) {
            return failed(ConfigurationProblem.ofFile(file.name(), "the file is " + file.content().length
                    + " bytes long", "a configuration file of at most " + MAX_BYTES + " bytes"));
        }
        Optional<ConfigurationProblem> encoding = checkUtf8(file);
        if (encoding.isPresent()) {
            return failed(encoding.get());
        }
        String text = withoutByteOrderMark(new String(file.content(), StandardCharsets.UTF_8));
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            return failed(ConfigurationProblem.ofFile(file.name(), "the file is empty",
                    "the council's settings (see tenant-config/schema/council.schema.json)"));
        }
        try {
            JsonNode tree = JsonNodes.readTree(MAPPER, text, LocationJsonNodeFactoryFactory.getInstance());
            if (tree == null || !tree.isObject()) {
                return failed(ConfigurationProblem.ofFile(file.name(), "the file is not a mapping of settings",
                        "settings written as 'name: value', one per line"));
            }
            return new Outcome(Optional.of(tree), Optional.empty());
        } catch (JacksonException e) {
            return failed(syntaxProblem(file.name(), e));
        }
    }

    private static Optional<ConfigurationProblem> checkUtf8(FileInput file) {
        byte[] bytes = file.content();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return Optional.of(new ConfigurationProblem(file.name(), line, 0, "",
                "the file is not valid UTF-8 (byte " + (offset + 1) + ")", Optional.of("text saved as UTF-8")));
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ConfigurationProblem syntaxProblem(String file, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String message = essentials(e.getOriginalMessage());
        String expected = message.toLowerCase(Locale.ROOT).contains("duplicate")
                ? "each setting once" : "well-formed YAML (check indentation, colons and quotes)";
        return new ConfigurationProblem(file, line, column, "", "YAML cannot be read: " + message,
                Optional.of(expected));
    }

    /** The parser's own sentences, without the excerpt of the file it prints beneath them. */
    private static String essentials(String message) {
        if (message == null) {
            return "unreadable";
        }
        String sentences = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(": "));
        return sentences.length() > 300 ? sentences.substring(0, 300) + "..." : sentences;
    }

    private static Outcome failed(ConfigurationProblem problem) {
        return new Outcome(Optional.empty(), Optional.of(problem));
    }
}
