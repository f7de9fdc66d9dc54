package org.familycontext.presentation.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Everything a council's users reach lives under {@code /t/{council}/}; {@code /t/} lists the councils. */
@ApplicationPath("t")
public class FamilyContextApplication extends Application {
}
