package org.familycontext.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher is a tool beside the product, not inside it: it reaches the modules only through
 * their API (top) packages, as another module would. The product's own rules are checked by the
 * app module's ModuleBoundariesTest, whose classpath does not hold the launcher.
 */
class LauncherBoundariesTest {

    private static final String ROOT = "org.familycontext";
    private static final List<String> MODULES = List.of("kernel", "tenancy", "identity", "adapters", "matching", "assembly",
            "presentation", "app", "synthetic");

    @Test
    void theLauncherUsesOnlyTheModulesApis() {
        JavaClasses launcher = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT + ".launcher");
        String[] internals = MODULES.stream().map(module -> ROOT + "." + module + ".*..").toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".launcher..")
                .should().dependOnClassesThat().resideInAnyPackage(internals)
                .because("a module's sub-packages are internal; tools use its top package, its API")
                .check(launcher);
    }

    @Test
    void theLauncherNeverWiresTheServer() {
        JavaClasses launcher = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT + ".launcher");
        noClasses().that().resideInAPackage(ROOT + ".launcher..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".presentation..", ROOT + ".identity..")
                .because("the server runs in Liberty; the launcher starts it and talks to it over HTTP")
                .check(launcher);
    }
}
