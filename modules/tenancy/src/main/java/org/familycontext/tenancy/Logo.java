package org.familycontext.tenancy;

import java.util.Arrays;
import java.util.Objects;

/**
 * A council's logo, read from {@code tenant-config/branding/} together with its configuration so
 * that the two always change together.
 *
 * @param fileName  the file name in {@code tenant-config/branding/}
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param content   the image bytes (a copy is kept and handed out)
 * @param digest    a fingerprint of the bytes, usable as an HTTP entity tag
 */
public record Logo(String fileName, String mediaType, byte[] content, String digest) {

    public Logo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digest, "digest");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && logo.fileName.equals(fileName) && Arrays.equals(logo.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Logo[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
