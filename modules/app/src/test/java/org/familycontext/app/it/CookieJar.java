package org.familycontext.app.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser's cookies, kept by hand: the JDK's cookie manager never sends Secure cookies over
 * http, and Keycloak marks its cookies Secure even on http://127.0.0.1, which browsers accept.
 * Keyed by host:port and name; the path decides where a cookie goes.
 */
final class CookieJar {

    private record Cookie(String value, String path, String attributes) {
    }

    private final Map<String, Map<String, Cookie>> byOrigin = new LinkedHashMap<>();

    void take(HttpResponse<?> response) {
        URI uri = response.uri();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";", 2);
            int equals = parts[0].indexOf('=');
            String name = parts[0].substring(0, equals).strip();
            String value = parts[0].substring(equals + 1).strip();
            String attributes = parts.length > 1 ? parts[1] : "";
            String path = attribute(attributes, "Path").orElse("/");
            boolean expired = attribute(attributes, "Max-Age").map("0"::equals).orElse(false) || value.isEmpty();
            Map<String, Cookie> cookies = byOrigin.computeIfAbsent(origin(uri), o -> new LinkedHashMap<>());
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, new Cookie(value, path, attributes));
            }
        }
    }

    Optional<String> header(URI uri) {
        Map<String, Cookie> cookies = byOrigin.getOrDefault(origin(uri), Map.of());
        String header = cookies.entrySet().stream()
                .filter(c -> uri.getPath().startsWith(c.getValue().path()))
                .map(c -> c.getKey() + "=" + c.getValue().value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    Optional<String> value(URI origin, String name) {
        return Optional.ofNullable(byOrigin.getOrDefault(origin(origin), Map.of()).get(name)).map(Cookie::value);
    }

    Optional<String> attributes(URI origin, String name) {
        return Optional.ofNullable(byOrigin.getOrDefault(origin(origin), Map.of()).get(name)).map(Cookie::attributes);
    }

    void set(URI origin, String name, String value) {
        byOrigin.computeIfAbsent(origin(origin), o -> new LinkedHashMap<>()).put(name, new Cookie(value, "/", ""));
    }

    void clear(URI origin) {
        byOrigin.remove(origin(origin));
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static Optional<String> attribute(String attributes, String name) {
        return List.of(attributes.split(";")).stream().map(String::strip)
                .filter(a -> a.regionMatches(true, 0, name + "=", 0, name.length() + 1))
                .map(a -> a.substring(name.length() + 1)).findFirst();
    }
}
