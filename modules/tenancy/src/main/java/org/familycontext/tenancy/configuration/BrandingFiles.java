package org.familycontext.tenancy.configuration;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The image files in {@code tenant-config/branding/}, by file name, as read in one scan.
 *
 * @param files the files by name
 */
public record BrandingFiles(Map<String, FileInput> files) {

    public static final BrandingFiles NONE = new BrandingFiles(Map.of());

    public BrandingFiles {
        files = Map.copyOf(files);
    }

    /** The named file, if present. */
    public Optional<FileInput> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** A digest over every file, so that any change to branding is noticed. */
    public String digest() {
        StringBuilder all = new StringBuilder();
        files.keySet().stream().sorted().forEach(name -> all.append(name).append('=')
                .append(files.get(name).digest()).append(';'));
        return FileInput.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
