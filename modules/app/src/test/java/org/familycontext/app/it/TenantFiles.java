package org.familycontext.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Changes the running server's tenant configuration the way a regional lead would (by writing
 * files), and puts every file back as it was afterwards.
 */
public final class TenantFiles implements AutoCloseable {

    private final Path directory = ItEnvironment.tenantConfig();
    private final Map<Path, byte[]> original = new HashMap<>();

    public TenantFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).forEach(f -> original.put(f, read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String name) {
        return new String(read(directory.resolve(name)), StandardCharsets.UTF_8);
    }

    public void write(String name, String content) {
        try {
            Path file = directory.resolve(name);
            Path temporary = directory.resolve("." + name + ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts back every top-level file as it was and removes files added since. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).filter(f -> !original.containsKey(f)).forEach(f -> delete(f.getFileName().toString()));
            for (Map.Entry<Path, byte[]> file : original.entrySet()) {
                Files.write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
