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

    /**
     * What went wrong, without any message text (database and library messages can quote the data
     * they choked on): each exception's type, SQL state where it has one, and where it was thrown.
     */
    public static String causes(Throwable failure) {
        StringBuilder causes = new StringBuilder();
        int depth = 0;
        for (Throwable e = failure; e != null && depth < 8; e = e.getCause(), depth++) {
            if (!causes.isEmpty()) {
                causes.append(" <- ");
            }
            causes.append(e.getClass().getSimpleName());
            if (e instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                causes.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0) {
                causes.append(" at ").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                        .append(':').append(trace[0].getLineNumber());
            }
        }
        return causes.toString();
    }
}
