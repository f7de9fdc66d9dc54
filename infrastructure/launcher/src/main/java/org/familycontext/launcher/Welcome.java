package org.familycontext.launcher;

import java.net.URI;
import java.util.List;
import org.familycontext.tenancy.Council;

/** What ./fc demo prints once everything is up: where to go and how to sign in. */
final class Welcome {

    private Welcome() {
    }

    static void print(URI base, URI keycloak, List<Council> councils, Workspace workspace, LibertyServer server) {
        System.out.println();
        System.out.println("Family Context is running.");
        System.out.println();
        System.out.println("  All councils     " + base.resolve("/t/"));
        for (Council council : councils) {
            String id = council.id().value();
            System.out.println();
            System.out.println("  " + council.displayName() + " (" + id + ")");
            System.out.println("    start page     " + base.resolve("/t/" + id + "/"));
            System.out.println("    sign in        " + base.resolve("/t/" + id + "/search") + "  as sw." + id + " / "
                    + DemoPeople.PASSWORD);
            System.out.println("    loads (JSON)   " + base.resolve("/t/" + id + "/sign-in?return=/t/" + id + "/api/loads")
                    + "  as de." + id);
        }
        System.out.println();
        System.out.println("  Demo users in every council's realm, password \"" + DemoPeople.PASSWORD + "\" (local demo only):");
        for (List<String> user : DemoPeople.USERS) {
            System.out.printf("    %-16s %s%n", user.get(0) + ".<council>", user.get(1).replace('-', ' '));
        }
        System.out.println();
        System.out.println("  Keycloak         " + keycloak + "/admin/ (admin / " + DemoPeople.PASSWORD + "), a realm per council");
        System.out.println("  Health           " + base.resolve("/health/ready"));
        System.out.println("  Configuration    " + workspace.tenantConfig() + " (changes apply within seconds)");
        System.out.println("  Extracts         " + workspace.state("demo/region") + " (synthetic; loaded within a minute of start,"
                + " then nightly)");
        System.out.println("  Server log       " + server.messagesLog());
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
    }
}
