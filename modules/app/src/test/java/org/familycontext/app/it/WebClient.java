package org.familycontext.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the running server, redirects not followed, so tests see exactly what a browser gets. */
public final class WebClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private WebClient() {
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(ItEnvironment.uri(path)).GET());
    }

    public static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItEnvironment.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String path) {
        return ItEnvironment.uri(path);
    }
}
