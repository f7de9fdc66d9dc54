package org.familycontext.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR this build produced: the product itself, not a test assembly. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive familyContext() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("fc.it.war")));
    }
}
