package org.familycontext.presentation.web;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.TenantRegistry;

/** Finds the council a URL names, treating anything that is not a council in service as not found. */
final class CouncilsInForce {

    private CouncilsInForce() {
    }

    static Optional<Council> find(TenantRegistry registry, String segment) {
        return CouncilId.parse(segment).flatMap(registry::council);
    }

    static Council require(TenantRegistry registry, String segment) {
        return find(registry, segment).orElseThrow(NotFoundException::new);
    }
}
