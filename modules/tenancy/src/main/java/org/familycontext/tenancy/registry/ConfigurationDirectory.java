package org.familycontext.tenancy.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.configuration.BrandingFiles;
import org.familycontext.tenancy.configuration.FileInput;
import org.familycontext.tenancy.configuration.RegionFileReader;
import org.familycontext.tenancy.configuration.YamlTreeReader;

/**
 * Reads {@code tenant-config/}: council files at the top, {@code region.yaml}, and the images in
 * {@code branding/}. Follows symbolic links (Kubernetes mounts configuration that way); skips hidden
 * files and editor back-ups; reads at most one byte more than a file may hold, so an oversized
 * file is reported without being loaded whole.
 */
final class ConfigurationDirectory {

    private static final int MAX_IMAGE_BYTES = 1024 * 1024;

    private final Path directory;

    ConfigurationDirectory(Path directory) {
        this.directory = directory;
    }

    Path path() {
        return directory;
    }

    /** Reads every relevant file; throws when the directory itself cannot be read. */
    DirectorySnapshot read() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("the tenant configuration directory " + directory + " does not exist or is not a directory");
        }
        Map<String, FileInput> councils = new HashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        FileInput region = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isConfigurationFile(entry, name)) {
                    continue;
                }
                FileInput file;
                try {
                    file = FileInput.of(name, readCapped(entry, YamlTreeReader.MAX_BYTES + 1));
                } catch (IOException e) {
                    unreadable.put(name, e.getClass().getSimpleName());
                    continue;
                }
                if (name.equals(RegionFileReader.FILE_NAME)) {
                    region = file;
                } else {
                    councils.put(name, file);
                }
            }
        }
        return new DirectorySnapshot(councils, Optional.ofNullable(region), readBranding(), unreadable);
    }

    private BrandingFiles readBranding() throws IOException {
        Path folder = directory.resolve("branding");
        if (!Files.isDirectory(folder)) {
            return BrandingFiles.NONE;
        }
        Map<String, FileInput> images = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{svg,png}")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    String name = entry.getFileName().toString();
                    images.put(name, FileInput.of(name, readCapped(entry, MAX_IMAGE_BYTES)));
                }
            }
        }
        return new BrandingFiles(images);
    }

    private static boolean isConfigurationFile(Path entry, String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(entry);
    }

    private static byte[] readCapped(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes);
        }
    }
}
