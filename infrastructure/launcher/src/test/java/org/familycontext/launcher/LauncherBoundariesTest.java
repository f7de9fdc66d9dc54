package org.familycontext.launcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher is a tool beside the product, not inside it: it reaches the modules only through
 * their API (top) packages, as another module would, in its main code and in its tests. The
 * product's own rules are checked by the app module's ModuleBoundariesTest, whose classpath does
 * not hold the launcher.
 */
class LauncherBoundariesTest {

    private static final String ROOT = "org.familycontext";
    private static JavaClasses launcher;

    @BeforeAll
    static void importTheLauncher() {
        launcher = new ClassFileImporter().importPackages(ROOT + ".launcher");
    }

    @Test
    void theLauncherUsesOnlyTheModulesApis() {
        noClasses().that().resideInAPackage(ROOT + ".launcher..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + ".*.*..").and(not(resideInAPackage(ROOT + ".launcher.."))))
                .because("a module's sub-packages are internal; tools use its top package, its API")
                .check(launcher);
    }

    @Test
    void theLauncherNeverWiresTheServer() {
        noClasses().that().resideInAPackage(ROOT + ".launcher..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".presentation..", ROOT + ".identity..")
                .because("the server runs in Liberty; the launcher starts it and talks to it over HTTP")
                .check(launcher);
    }
}
