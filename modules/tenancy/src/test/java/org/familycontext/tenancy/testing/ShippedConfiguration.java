package org.familycontext.tenancy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's own tenant-config/, which tests read and copy. */
public final class ShippedConfiguration {

    public static final Path DIRECTORY = Path.of("../../tenant-config").toAbsolutePath().normalize();

    private ShippedConfiguration() {
    }

    public static String text(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the shipped council files, region file and branding into {@code target}. */
    public static void copyTo(Path target) {
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(DIRECTORY.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
