package org.familycontext.tenancy.configuration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file's name and bytes as read from {@code tenant-config/}, with a digest to notice changes.
 *
 * @param name    the file's name relative to the configuration directory
 * @param content its bytes (kept as read; never modified)
 * @param digest  SHA-256 of the bytes, in hex
 */
public record FileInput(String name, byte[] content, String digest) {

    public FileInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(digest, "digest");
    }

    /** Wraps bytes read from a file, computing their digest. */
    public static FileInput of(String name, byte[] content) {
        return new FileInput(name, content, sha256(content));
    }

    /** Convenience for tests and tools: a file from text in UTF-8. */
    public static FileInput ofText(String name, String text) {
        return of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of some bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileInput f && f.name.equals(name) && f.digest.equals(digest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, digest);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes, " + digest.substring(0, 12) + ")";
    }
}
