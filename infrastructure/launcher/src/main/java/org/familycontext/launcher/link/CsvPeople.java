package org.familycontext.launcher.link;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familycontext.matching.Field;
import org.familycontext.matching.PartialDate;
import org.familycontext.matching.PersonRecord;

/**
 * Reads person records from a CSV file through a link mapping. Values may be separated by a comma
 * or a comma and spaces; blanks are missing values. A file the mapping does not fit, or a row that
 * cannot be read, stops the run with the file, line and column.
 */
public final class CsvPeople {

    private CsvPeople() {
    }

    public static List<PersonRecord> read(Path file, LinkMapping mapping, int side) {
        return read(file, mapping, side, false);
    }

    /**
     * @param firstOfRepeats when true, a row repeating an earlier row's id (an extract with a row per
     *                       involvement) is skipped; otherwise it is refused
     */
    static List<PersonRecord> read(Path file, LinkMapping mapping, int side, boolean firstOfRepeats) {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            Map<Field, int[]> columns = columns(name, header, mapping);
            int id = column(name, header, mapping.idColumn(), "id");
            DateReader dates = new DateReader(mapping.datePattern());
            DateReader periods = new DateReader(mapping.periodPattern());
            List<PersonRecord> records = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.size() != header.size()) {
                    throw new LinkInputException(name + ", line " + line + ": " + row.size() + " values; the header has "
                            + header.size());
                }
                String recordId = row.get(id);
                if (recordId.isBlank()) {
                    throw new LinkInputException(name + ", line " + line + ", column " + mapping.idColumn() + ": no record id");
                }
                if (!ids.add(recordId)) {
                    if (firstOfRepeats) {
                        continue;
                    }
                    throw new LinkInputException(name + ", line " + line + ", column " + mapping.idColumn() + ": the id \""
                            + recordId + "\" is used twice");
                }
                records.add(record(row, recordId, side, columns, dates, periods));
            }
            if (records.isEmpty()) {
                throw new LinkInputException(name + ": no records after the header");
            }
            return records;
        } catch (CharacterCodingException e) {
            throw new LinkInputException(name + ": not UTF-8 text");
        } catch (UncheckedIOException e) {
            throw new LinkInputException(name + ": " + (e.getCause() instanceof CharacterCodingException ? "not UTF-8 text"
                    : "cannot be read (" + e.getMessage() + ")"));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new LinkInputException(name + ": not valid CSV (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new LinkInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Map<Field, int[]> columns(String name, List<String> header, LinkMapping mapping) {
        Map<Field, int[]> columns = new EnumMap<>(Field.class);
        mapping.fields().forEach((field, names) -> columns.put(field,
                names.stream().mapToInt(n -> column(name, header, n, "fields." + field.configName())).toArray()));
        return columns;
    }

    private static int column(String name, List<String> header, String column, String setting) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new LinkInputException(name + ": the mapping's " + setting + " names the column \"" + column
                    + "\", which is not in the header (" + String.join(", ", header) + ")");
        }
        return index;
    }

    private static PersonRecord record(CSVRecord row, String id, int side, Map<Field, int[]> columns, DateReader dates,
                                       DateReader periods) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        columns.forEach((field, indexes) -> {
            if (field != Field.RESIDENCE) {
                v.put(field, value(row, indexes));
            }
        });
        PartialDate birth = dates.read(v.get(Field.DATE_OF_BIRTH));
        int[] residence = columns.get(Field.RESIDENCE);
        LocalDate from = null;
        LocalDate to = null;
        if (residence != null) {
            String left = row.get(residence[1]);
            to = left.isBlank() ? null : periods.whole(left);
            // an end that cannot be read is not "still there": without it the period says nothing
            from = left.isBlank() || to != null ? periods.whole(row.get(residence[0])) : null;
        }
        return new PersonRecord(id, side, v.get(Field.GIVEN_NAME), v.get(Field.FAMILY_NAME), birth, v.get(Field.GENDER),
                v.get(Field.ADDRESS), v.get(Field.POSTCODE), v.get(Field.CITY), v.get(Field.NHS_NUMBER), v.get(Field.UPN),
                v.get(Field.OTHER_ID), v.get(Field.PHONE), v.get(Field.EMAIL), v.get(Field.UPRN), from, to);
    }

    private static String value(CSVRecord row, int[] indexes) {
        if (indexes.length == 1) {
            String value = row.get(indexes[0]);
            return value.isBlank() ? null : value;
        }
        StringBuilder joined = new StringBuilder();
        for (int index : indexes) {
            String value = row.get(index);
            if (!value.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " ").append(value);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
