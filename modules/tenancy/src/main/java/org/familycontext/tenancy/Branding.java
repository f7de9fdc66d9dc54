package org.familycontext.tenancy;

import java.util.Objects;

/**
 * How a council's pages look: its service name, header colour, logo and support contact.
 *
 * @param serviceName    the service name in the page header
 * @param colour         the header colour as {@code #rrggbb}; white text on it meets WCAG AA contrast
 * @param logo           the council's logo image
 * @param supportContact whom users contact about the service
 */
public record Branding(String serviceName, String colour, Logo logo, SupportContact supportContact) {

    public Branding {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(supportContact, "supportContact");
    }
}
