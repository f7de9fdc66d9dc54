package org.familycontext.presentation.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Cookie;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies Family Context sets: HttpOnly, SameSite=Lax, Secure whenever the browser came over
 * TLS (then named with the {@code __Host-} prefix, which browsers bind to this host and path /),
 * and never holding anything but random secrets.
 */
public final class SessionCookies {

    public static final String SESSION = "fc-session";
    public static final String SIGN_IN = "fc-sign-in";
    private static final String SECURE_PREFIX = "__Host-";

    private final boolean publicHttps;
    private final boolean trustForwardedProto;

    /**
     * @param publicHttps         true when the public address is https (TLS ends at a proxy)
     * @param trustForwardedProto true to believe the proxy's X-Forwarded-Proto header
     */
    public SessionCookies(boolean publicHttps, boolean trustForwardedProto) {
        this.publicHttps = publicHttps;
        this.trustForwardedProto = trustForwardedProto;
    }

    /** True when the browser's connection is TLS (directly, or at a proxy in front). */
    public boolean secure(HttpServletRequest request) {
        return request.isSecure() || publicHttps
                || (trustForwardedProto && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    /** The session cookie's value, from the request's cookies (JAX-RS {@code getCookies()}). */
    public Optional<String> session(Map<String, Cookie> cookies, HttpServletRequest http) {
        return read(values(cookies), SESSION, secure(http));
    }

    public Optional<String> signIn(Map<String, Cookie> cookies, HttpServletRequest http) {
        return read(values(cookies), SIGN_IN, secure(http));
    }

    /** The Set-Cookie header value for a session cookie (no expiry: the server ends sessions). */
    public String sessionCookie(String value, HttpServletRequest request) {
        return header(SESSION, value, null, request);
    }

    public String signInCookie(String value, Duration validFor, HttpServletRequest request) {
        return header(SIGN_IN, value, validFor, request);
    }

    public String expired(String name, HttpServletRequest request) {
        return header(name, "", Duration.ZERO, request);
    }

    private String header(String name, String value, Duration maxAge, HttpServletRequest request) {
        boolean secure = secure(request);
        StringBuilder cookie = new StringBuilder(secure ? SECURE_PREFIX : "").append(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAge != null) {
            cookie.append("; Max-Age=").append(maxAge.toSeconds());
        }
        if (secure) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }

    /** Over TLS only the prefixed cookie counts: a plain one could have been planted by another site. */
    static Optional<String> read(Map<String, String> cookies, String name, boolean secure) {
        String value = cookies.get(secure ? SECURE_PREFIX + name : name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Map<String, String> values(Map<String, Cookie> cookies) {
        Map<String, String> values = new HashMap<>();
        cookies.forEach((name, cookie) -> values.put(name, cookie.getValue()));
        return values;
    }
}
