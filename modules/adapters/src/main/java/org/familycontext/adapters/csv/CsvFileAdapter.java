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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;

/**
 * Reads one CSV file with Apache Commons CSV: strict UTF-8 (a broken byte refuses the file, with
 * the row it was in), an optional byte order mark, a header row, quoted fields over several lines.
 */
final class CsvFileAdapter implements SourceAdapter {

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns;
    private long lastRow;

    private CsvFileAdapter(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = parser.getHeaderNames();
    }

    static CsvFileAdapter open(Path file, char delimiter) {
        try {
            InputStream in = withoutByteOrderMark(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                    .get().parse(reader);
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new ExtractRefused("the file " + file.getFileName() + " is empty (no header row)");
            }
            return new CsvFileAdapter(file, parser);
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, e);
            }
            // the header holds column names only, so the library's message (e.g. a duplicate name) is safe to show
            throw new ExtractRefused("the file " + file.getFileName() + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Optional<ExtractRow> next() {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            lastRow = record.getRecordNumber();
            return Optional.of(new ExtractRow(lastRow, record.values()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, e);
            }
            throw new ExtractRefused("the file " + file.getFileName() + " cannot be read after row " + lastRow, e);
        } catch (IllegalStateException e) {
            throw new ExtractRefused("the file " + file.getFileName() + " is not valid CSV after row " + lastRow
                    + " (its quoting is broken: a quoted value is not closed, or text follows a closing quote)", e);
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractRefused notUtf8(Path file, Exception e) {
        return new ExtractRefused("the file " + file.getFileName() + " is not UTF-8: its first invalid byte is on "
                + Utf8Position.ofFirstInvalidByte(file), e);
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
