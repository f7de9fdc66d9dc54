package org.familycontext.kernel;

/**
 * Makes text from outside (request parameters, library messages quoting token claims) safe to
 * put in a log line: no control characters (no forged lines), and not too long.
 */
public final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> safe.append(Character.isISOControl(c) ? '?' : (char) c));
        return text.length() > MAX ? safe + "..." : safe.toString();
    }
}
