package org.familycontext.adapters.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * One row in PostgreSQL's binary COPY format: the number of values, then each value as its length
 * and its bytes (length -1 for NULL). Text goes as UTF-8, so nothing in it is read as structure; a
 * NUL character (which PostgreSQL text cannot hold) becomes U+FFFD. The row counts its values
 * itself. The buffer is reused row after row.
 */
final class CopyRow {

    /** The file header: signature, flags, header extension length. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** The file trailer: a value count of -1. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    /** PostgreSQL counts days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private byte[] bytes = new byte[1024];
    private int length;
    private int values;

    /** Starts a new row (its value count is filled in by {@link #bytes()}). */
    CopyRow begin() {
        length = 2;
        values = 0;
        return this;
    }

    CopyRow text(String value) {
        if (value == null) {
            return nothing();
        }
        byte[] utf8 = (value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD')).getBytes(StandardCharsets.UTF_8);
        valueOfLength(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    CopyRow integer(long value) {
        return valueOfLength(4).int32(Math.toIntExact(value));
    }

    CopyRow date(LocalDate value) {
        return value == null ? nothing() : valueOfLength(4).int32(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    CopyRow uuid(UUID value) {
        return valueOfLength(16).int64(value.getMostSignificantBits()).int64(value.getLeastSignificantBits());
    }

    CopyRow nothing() {
        return valueOfLength(-1);
    }

    /** The row's bytes (the first {@link #length()} of them), its value count written in front. */
    byte[] bytes() {
        bytes[0] = (byte) (values >>> 8);
        bytes[1] = (byte) values;
        return bytes;
    }

    int length() {
        return length;
    }

    /** One more value, of this many bytes (-1 for NULL). */
    private CopyRow valueOfLength(int bytesLong) {
        values++;
        return int32(bytesLong);
    }

    private CopyRow int32(int value) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    private CopyRow int64(long value) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
