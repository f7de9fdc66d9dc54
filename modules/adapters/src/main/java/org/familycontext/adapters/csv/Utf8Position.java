package org.familycontext.adapters.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8: the line (counting the header as line 1) and byte offset
 * of its first invalid byte, so that a refused extract names the place to look.
 */
final class Utf8Position {

    private Utf8Position() {
    }

    /** "line N (byte B)", or "an unknown place" when the file reads cleanly now. */
    static String ofFirstInvalidByte(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = 0;
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                in.position(in.position() + Math.max(read, 0));
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                consumed += in.position() - before;
                line += newlines(out);
                if (result.isError()) {
                    return "line " + line + " (byte " + (consumed + 1) + ")";
                }
                in.compact();
            }
        } catch (IOException e) {
            return "an unknown place (the file cannot be read again)";
        }
        return "an unknown place";
    }

    private static int newlines(CharBuffer out) {
        out.flip();
        int count = 0;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                count++;
            }
        }
        out.clear();
        return count;
    }
}
