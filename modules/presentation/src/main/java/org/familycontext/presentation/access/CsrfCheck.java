package org.familycontext.presentation.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Protects state-changing requests of a browser session against cross-site request forgery: the
 * request must carry the session's token (form field {@code csrf} or header {@code X-CSRF-Token}),
 * and an Origin header, when sent, must be this site.
 */
final class CsrfCheck {

    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_FORM_BYTES = 64 * 1024;

    private CsrfCheck() {
    }

    static boolean needed(ContainerRequestContext request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    /**
     * True when the request carries the session's token and, if it says where it comes from, comes
     * from {@code ownOrigin}.
     *
     * @throws FormTooLarge when a form is larger than any Family Context form
     */
    static boolean passes(ContainerRequestContext request, String expected, String ownOrigin) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && !ownOrigin.equalsIgnoreCase(origin)) {
            return false;
        }
        Optional<String> given = Optional.ofNullable(request.getHeaderString(HEADER)).or(() -> formField(request));
        return given.isPresent() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.get().getBytes(StandardCharsets.UTF_8));
    }

    /** A form larger than any of the service's own. */
    static final class FormTooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FormTooLarge() {
            super("form larger than " + MAX_FORM_BYTES + " bytes");
        }
    }

    /** Reads the form's token and puts the body back for the resource. */
    private static Optional<String> formField(ContainerRequestContext request) {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return Optional.empty();
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                throw new FormTooLarge();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(FIELD)) {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
