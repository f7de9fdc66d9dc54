package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.CouncilBrand;
import org.familycontext.presentation.pages.MessagePage;
import org.familycontext.presentation.pages.Pages;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Renders error pages for both JAX-RS and the servlet container, branded when the path names a
 * council in service. Server errors are logged with a reference the user can quote; the page
 * itself never shows exception details.
 */
@Dependent
public class ErrorPageRenderer {

    private static final Logger LOG = Logger.getLogger(ErrorPageRenderer.class.getName());

    private final TenantRegistry registry;
    private final Pages pages;
    private final Assets assets;

    @Inject
    public ErrorPageRenderer(TenantRegistry registry, Pages pages, Assets assets) {
        this.registry = registry;
        this.pages = pages;
        this.assets = assets;
    }

    /** The page for a status; {@code pathSegments} is the request path split at '/', without the context. */
    public String page(int status, List<String> pathSegments, Throwable cause) {
        Optional<String> reference = Optional.empty();
        if (status >= 500) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            reference = Optional.of(id);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + id, cause);
        }
        return pages.message(MessagePage.of(status, brandFor(pathSegments), assets, reference));
    }

    private Optional<CouncilBrand> brandFor(List<String> segments) {
        if (segments.size() < 2 || !segments.get(0).equals("t")) {
            return Optional.empty();
        }
        return CouncilsInForce.find(registry, segments.get(1)).map(CouncilBrand::of);
    }
}
