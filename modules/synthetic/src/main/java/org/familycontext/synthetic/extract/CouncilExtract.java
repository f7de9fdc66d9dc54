package org.familycontext.synthetic.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.synthetic.CouncilSpec;
import org.familycontext.synthetic.sources.Field;
import org.familycontext.synthetic.sources.RecordedError;
import org.familycontext.synthetic.sources.SourceFile;
import org.familycontext.synthetic.sources.SourceRow;

/**
 * One council's folder of extracts, in its style: writes each family's rows to the right file,
 * with the record ids the council's systems would have issued, and notes the truth of every row.
 */
final class CouncilExtract implements Closeable {

    private final String council;
    private final CellText text;
    private final TruthFiles truth;
    private final RecordNumbers numbers = new RecordNumbers();
    private final Map<SourceFile, CsvFile> files = new EnumMap<>(SourceFile.class);
    private final Map<SourceFile, FileLayout> layouts = new EnumMap<>(SourceFile.class);
    private final Map<SourceFile, Set<Field>> written = new EnumMap<>(SourceFile.class);

    CouncilExtract(CouncilSpec spec, Path dir, TruthFiles truth) throws IOException {
        this.council = spec.council().value();
        this.text = new CellText(spec.style());
        this.truth = truth;
        Files.createDirectories(dir);
        for (SourceFile file : SourceFile.values()) {
            FileLayout layout = FileLayout.of(spec.style(), file);
            layouts.put(file, layout);
            written.put(file, layout.fields());
            files.put(file, CsvFile.create(dir.resolve(layout.fileName()), spec.style().lineEnd(), layout.headers()));
        }
    }

    /** Writes the rows the council's services hold about one family. */
    void write(List<SourceRow> rows) throws IOException {
        RecordNumbers.FamilyScope scope = numbers.newFamily();
        for (SourceRow row : rows) {
            scope.number(row);
            FileLayout layout = layouts.get(row.file());
            String[] cells = new String[layout.columns().size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text.of(row.value(layout.columns().get(i).field()));
            }
            long number = files.get(row.file()).write(cells);
            noteTruth(row, layout.fileName(), number);
        }
    }

    private void noteTruth(SourceRow row, String fileName, long number) throws IOException {
        String recordId = (String) row.value(Field.RECORD_ID);
        String personId = row.subject().id();
        truth.record(council, fileName, number, recordId, personId, row.household().id());
        Set<Field> fields = written.get(row.file());
        for (RecordedError error : row.errors()) {
            if (fields.contains(error.field())) {
                truth.error(council, fileName, number, recordId, personId, error);
            }
        }
    }

    /** Data rows written per file name, in file order. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        files.forEach((file, csv) -> counts.put(layouts.get(file).fileName(), csv.rows()));
        return counts;
    }

    List<Path> paths() {
        return files.values().stream().map(CsvFile::path).toList();
    }

    @Override
    public void close() throws IOException {
        for (CsvFile f : files.values()) {
            f.close();
        }
    }
}
