package org.familycontext.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a council's users contact about the service.
 *
 * @param name  a team or service desk name
 * @param email an e-mail address
 * @param phone a telephone number, when the council gives one
 */
public record SupportContact(String name, String email, Optional<String> phone) {

    public SupportContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }
}
