package org.familycontext.synthetic.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An RFC 4180 CSV file being written: UTF-8 without BOM, comma separated, fields quoted only when
 * they hold a comma, quote or line break (quotes doubled), a fixed line end, a header row first.
 * Rows collect in a text buffer that is encoded and written about a megabyte at a time: encoding
 * field by field cost more than making the rows.
 */
final class CsvFile implements Closeable {

    private static final int FLUSH_AT = 1 << 20;
    private final Path path;
    private final OutputStream out;
    private final String lineEnd;
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    private CsvFile(Path path, OutputStream out, String lineEnd) {
        this.path = path;
        this.out = out;
        this.lineEnd = lineEnd;
    }

    /** Creates (or replaces) the file and writes its header row. */
    static CsvFile create(Path path, String lineEnd, List<String> header) throws IOException {
        CsvFile file = new CsvFile(path, Files.newOutputStream(path), lineEnd);
        file.write(header.toArray(String[]::new));
        file.rows = 0;
        return file;
    }

    /** Writes one data row and returns its number (the first data row is 1). */
    long write(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            field(cells[i]);
        }
        text.append(lineEnd);
        if (text.length() >= FLUSH_AT) {
            flush();
        }
        return ++rows;
    }

    long rows() {
        return rows;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private void field(String value) {
        boolean hasQuote = value.indexOf('"') >= 0;
        if (!hasQuote && value.indexOf(',') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            text.append(value);
        } else {
            text.append('"').append(hasQuote ? value.replace("\"", "\"\"") : value).append('"');
        }
    }

    private void flush() throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
