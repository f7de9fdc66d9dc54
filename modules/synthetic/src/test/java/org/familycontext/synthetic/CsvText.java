package org.familycontext.synthetic;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader for tests: decodes UTF-8 strictly, checks every record ends with the
 * expected line end, and hands back the header and the data rows.
 */
final class CsvText {

    final List<String> header;
    final List<List<String>> rows;

    private CsvText(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvText read(Path file, String lineEnd) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB) {
            throw new IllegalStateException("BOM in " + file);
        }
        List<List<String>> records = parse(decode(bytes, file), lineEnd, file);
        return new CsvText(records.get(0), records.subList(1, records.size()));
    }

    /** Column index by header name. */
    int column(String name) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return at;
    }

    /** Data rows as maps from header to value. */
    List<Map<String, String>> maps() {
        List<Map<String, String>> maps = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }

    private static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("not UTF-8: " + file, e);
        }
    }

    private static List<List<String>> parse(String text, String lineEnd, Path file) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i = quoted(text, i + 1, field, file);
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (text.startsWith(lineEnd, i)) {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += lineEnd.length();
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalStateException("stray " + (int) c + " at " + i + " in " + file);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalStateException("last record has no line end in " + file);
        }
        return records;
    }

    private static int quoted(String text, int i, StringBuilder field, Path file) {
        while (true) {
            int quote = text.indexOf('"', i);
            if (quote < 0) {
                throw new IllegalStateException("unclosed quote in " + file);
            }
            field.append(text, i, quote);
            if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                field.append('"');
                i = quote + 2;
            } else {
                return quote + 1;
            }
        }
    }
}
