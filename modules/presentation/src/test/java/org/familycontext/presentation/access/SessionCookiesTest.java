package org.familycontext.presentation.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    private final SessionCookies cookies = new SessionCookies(false, false);
    private final SessionCookies behindProxy = new SessionCookies(false, true);
    private final SessionCookies publicHttps = new SessionCookies(true, false);

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndLaxButNotSecure() {
        assertThat(cookies.sessionCookie("leeds.abc", request(false, null)))
                .isEqualTo("fc-session=leeds.abc; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void overTlsTheCookieIsSecureAndHostPrefixed() {
        assertThat(cookies.sessionCookie("leeds.abc", request(true, null)))
                .isEqualTo("__Host-fc-session=leeds.abc; Path=/; HttpOnly; SameSite=Lax; Secure");
    }

    @Test
    void aForwardedProtoCountsOnlyWhenTrusted() {
        assertThat(cookies.sessionCookie("x", request(false, "https"))).doesNotContain("Secure");
        assertThat(behindProxy.sessionCookie("x", request(false, "https"))).startsWith("__Host-").endsWith("; Secure");
        assertThat(publicHttps.sessionCookie("x", request(false, null))).as("public address is https")
                .startsWith("__Host-").endsWith("; Secure");
    }

    @Test
    void theSignInCookieExpiresWithTheSignIn() {
        assertThat(cookies.signInCookie("b", Duration.ofMinutes(10), request(false, null))).contains("Max-Age=600");
        assertThat(cookies.expired(SessionCookies.SESSION, request(false, null))).contains("fc-session=;").contains("Max-Age=0");
    }

    @Test
    void overTlsOnlyTheHostPrefixedCookieIsRead() {
        Map<String, String> planted = Map.of("fc-session", "leeds.planted");
        Map<String, String> real = Map.of("__Host-fc-session", "leeds.real");

        assertThat(SessionCookies.read(planted, SessionCookies.SESSION, true)).isEmpty();
        assertThat(SessionCookies.read(real, SessionCookies.SESSION, true)).contains("leeds.real");
        assertThat(SessionCookies.read(planted, SessionCookies.SESSION, false)).contains("leeds.planted");
    }

    private static HttpServletRequest request(boolean secure, String forwardedProto) {
        return (HttpServletRequest) Proxy.newProxyInstance(SessionCookiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getHeader" -> "X-Forwarded-Proto".equals(args[0]) ? forwardedProto : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
