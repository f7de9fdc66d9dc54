package org.familycontext.adapters.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads one CSV file with Jackson's CSV parser: strict UTF-8 (a broken byte refuses the file, with
 * the row it was in), an optional byte order mark, a header row, RFC 4180 quoting (a quoted value
 * left open, or text after a closing quote, refuses the file), quoted values over several lines.
 */
final class CsvFileAdapter implements SourceAdapter {

    /** Longer values refuse the file: no extract has them, and they would only fill memory. */
    static final int MAX_VALUE_CHARACTERS = 10_000_000;

    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARACTERS).build()).build());

    private final Path file;
    private final JsonParser parser;
    /** The header's names, set once when the file is opened. */
    private List<String> columns = List.of();
    private final List<String> values = new ArrayList<>();
    private long lastRow;
    /** The line the row being read starts on (a quoted value may carry it over several lines). */
    private long rowStartLine;

    private CsvFileAdapter(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    static CsvFileAdapter open(Path file, char delimiter) {
        JsonParser parser = null;
        try {
            InputStream in = withoutByteOrderMark(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutEscapeChar().withoutComments();
            parser = CSV.reader().with(schema).createParser(reader);
            CsvFileAdapter adapter = new CsvFileAdapter(file, parser);
            List<String> header = adapter.nextValues();
            if (header == null || header.isEmpty()) {
                throw new ExtractRefused("the file " + file.getFileName() + " is empty (no header row)");
            }
            Set<String> seen = new HashSet<>();
            for (String column : header) {
                if (!column.isEmpty() && !seen.add(column)) {
                    // the header holds column names only, so naming one is safe
                    throw new ExtractRefused("the file " + file.getFileName() + " cannot be read as CSV: the column "
                            + column + " appears twice in its header");
                }
            }
            adapter.columns = List.copyOf(header);
            return adapter;
        } catch (IOException e) {
            throw new ExtractRefused("the file " + file.getFileName() + " cannot be read", e);
        } catch (ExtractRefused e) {
            closeQuietly(parser);
            throw e;
        } catch (JacksonException e) {
            closeQuietly(parser);
            throw refused(file, e, "in its header row");
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Optional<ExtractRow> next() {
        try {
            List<String> row = nextValues();
            if (row == null) {
                return Optional.empty();
            }
            lastRow++;
            return Optional.of(new ExtractRow(lastRow, row.toArray(String[]::new)));
        } catch (JacksonException e) {
            String where = lastRow == 0 ? "before its first row" : "after row " + lastRow;
            throw refused(file, e, rowStartLine > 0 ? where + ", in the row starting on line " + rowStartLine : where);
        }
    }

    /** The values of the next line (or lines, when quoted values hold line breaks), or null at the end. */
    private List<String> nextValues() {
        // without a schema, each line comes as an array of its values
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        // a row's first token is placed where the previous row ended, before its line break
        long at = parser.currentTokenLocation().getLineNr();
        rowStartLine = rowStartLine == 0 ? at : at + 1;
        values.clear();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
            values.add(parser.getString());
        }
        return values;
    }

    @Override
    public Optional<Instant> writtenAt() {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String describe() {
        return "file " + file.getFileName();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("closing " + file.getFileName() + " failed", e));
        }
    }

    /** Why the file is refused; the parser's own message is not shown, as it may quote the file's values. */
    private static ExtractRefused refused(Path file, JacksonException e, String where) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new ExtractRefused("the file " + file.getFileName() + " is not UTF-8: its first invalid byte is on "
                    + Utf8Position.ofFirstInvalidByte(file), e);
        }
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
        if (e instanceof StreamConstraintsException) {
            return new ExtractRefused("the file " + file.getFileName() + " has a value longer than " + MAX_VALUE_CHARACTERS
                    + " characters " + where + line, e);
        }
        if (e.getCause() instanceof IOException) {
            return new ExtractRefused("the file " + file.getFileName() + " cannot be read " + where + line, e);
        }
        return new ExtractRefused("the file " + file.getFileName() + " is not valid CSV " + where + line
                + " (its quoting is broken: a quoted value is not closed, or text follows a closing quote)", e);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (JacksonException ignored) {
                // refusing the file already; closing is best effort
            }
        }
    }

    private static InputStream withoutByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (start.length < 3 || start[0] != (byte) 0xEF || start[1] != (byte) 0xBB || start[2] != (byte) 0xBF) {
            in.reset();
        }
        return in;
    }
}
