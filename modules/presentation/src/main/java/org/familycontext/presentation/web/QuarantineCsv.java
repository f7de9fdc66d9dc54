package org.familycontext.presentation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familycontext.adapters.QuarantinedRow;

/**
 * Quarantined rows as a CSV download. The rows are whatever a source sent, so any cell a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe and opens as text.
 */
final class QuarantineCsv {

    private QuarantineCsv() {
    }

    static String of(List<QuarantinedRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("row", "field", "reason", "raw").get())) {
            for (QuarantinedRow row : rows) {
                csv.printRecord(row.rowNumber(), inert(row.field().orElse("")), inert(row.reason()), inert(row.raw()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text, made safe to open in a spreadsheet. */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
