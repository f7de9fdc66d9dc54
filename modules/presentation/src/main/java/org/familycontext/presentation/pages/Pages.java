package org.familycontext.presentation.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the pages from templates compiled at build time. Output is HTML-escaped unless a
 * template says otherwise. Thread-safe.
 */
public final class Pages {

    private static final String TEMPLATES = "org.familycontext.presentation.templates";

    private final TemplateEngine engine;

    public Pages() {
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATES);
    }

    public String start(StartPage page) {
        return render("start.jte", page);
    }

    public String region(RegionPage page) {
        return render("region.jte", page);
    }

    public String search(SearchPage page) {
        return render("search.jte", page);
    }

    public String message(MessagePage page) {
        return render("message.jte", page);
    }

    private String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
