package org.familycontext.adapters.csv;

import jakarta.enterprise.context.Dependent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.familycontext.adapters.spi.AdapterContext;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.adapters.spi.SourceAdapterFactory;

/** {@code csv-file}: reads {@code file} (a name inside the council's drop folder), comma-separated unless {@code delimiter}. */
@Dependent
public class CsvFileAdapterFactory implements SourceAdapterFactory {

    public static final String ID = "csv-file";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configurationDescription() {
        return "file: the extract's file name in the council's drop folder; delimiter: one character (default ,). "
                + "UTF-8 (a byte order mark is allowed), a header row, RFC 4180 quoting, any line endings.";
    }

    @Override
    public SourceAdapter open(AdapterContext context, Map<String, Object> settings) {
        Object name = settings.get("file");
        if (!(name instanceof String fileName) || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new ExtractRefused("the source names no plain file name");
        }
        Path file = context.dropFolder().resolve(fileName).normalize();
        if (!file.startsWith(context.dropFolder().normalize()) || !Files.isRegularFile(file)) {
            throw new ExtractRefused("the file " + fileName + " is not in the council's drop folder");
        }
        String delimiter = (String) settings.getOrDefault("delimiter", ",");
        return CsvFileAdapter.open(file, delimiter.charAt(0));
    }
}
