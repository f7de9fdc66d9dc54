package org.familycontext.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone with a browser, played over plain HTTP: cookies kept, redirects seen one by one, the
 * Keycloak login form filled in. Used to drive the real authorization code flow end to end.
 */
final class Visitor {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final CookieJar cookies = new CookieJar();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    HttpResponse<String> get(String path) {
        return get(ItEnvironment.uri(path));
    }

    HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        return post(ItEnvironment.uri(path), form, headers);
    }

    /** Posts a JSON body (with the CSRF header when given). */
    HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItEnvironment.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Follows redirects from {@code response} until a page answers; returns that page. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()));
        }
        return current;
    }

    /**
     * Signs in at a council: opens a page behind sign-in, is sent to the council's Keycloak, fills in
     * the login form, and returns the page the service finally shows.
     */
    HttpResponse<String> signIn(String council, String username, String password) {
        HttpResponse<String> loginForm = follow(get("/t/" + council + "/search"));
        return submitLogin(loginForm, username, password);
    }

    HttpResponse<String> submitLogin(HttpResponse<String> loginForm, String username, String password) {
        Matcher action = LOGIN_FORM.matcher(loginForm.body());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form at " + loginForm.uri() + " (status " + loginForm.statusCode() + ")");
        }
        URI target = loginForm.uri().resolve(action.group(1).replace("&amp;", "&"));
        return follow(post(target, Map.of("username", username, "password", password, "credentialId", "")));
    }

    static String csrfOf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true);
        cookies.header(built.uri()).ifPresent(header -> withCookies.header("Cookie", header));
        try {
            HttpResponse<String> response = client.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            cookies.take(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
