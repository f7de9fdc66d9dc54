package org.familycontext.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.familycontext.presentation.access.Allowed;
import org.familycontext.presentation.access.Public;
import org.familycontext.presentation.access.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The modular monolith's rules, checked on the compiled classes of every module: no cycles,
 * modules meet only through each other's top (API) package, entities stay in their module, the
 * shared kernel depends on nobody, constructor injection, and time only from the injected clock.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "org.familycontext";
    private static JavaClasses product;

    static List<String> modules() {
        return List.of("kernel", "tenancy", "identity", "adapters", "matching", "assembly", "presentation", "app", "synthetic");
    }

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/templates/"))
                .importPackages(ROOT);
    }

    @Test
    void everyModuleIsPresent() {
        modules().forEach(module -> assertThat(product.containPackage(ROOT + "." + module))
                .as(module).isTrue());
    }

    @Test
    void modulesDoNotDependOnEachOtherInCircles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void aModulesInternalPackagesAreUsedOnlyInsideIt(String module) {
        ArchRule rule = classes().that().resideInAPackage(ROOT + "." + module + ".*..")
                .and().resideOutsideOfPackage(ROOT + "." + module + ".spi..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + "." + module + "..")
                .allowEmptyShould(true)
                .because("other modules use only a module's top package, its API (and its spi package, for plug-ins)");
        rule.check(product);
    }

    @Test
    void entitiesNeverLeaveTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .because("an entity is a module's private storage, reached only through its API")
                .allowEmptyShould(true).check(product);
        for (String module : modules()) {
            classes().that().areAnnotatedWith(Entity.class).and().resideInAPackage(ROOT + "." + module + "..")
                    .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + "." + module + "..")
                    .allowEmptyShould(true).check(product);
        }
    }

    @Test
    void theKernelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tenancy..", ROOT + ".identity..",
                        ROOT + ".adapters..", ROOT + ".matching..", ROOT + ".assembly..", ROOT + ".presentation..", ROOT + ".app..",
                        ROOT + ".synthetic..")
                .check(product);
    }

    @Test
    void noProductClassRunsLoadsOutsideTheServersExecutors() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".adapters")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".adapters.StandaloneLoads")
                .because("StandaloneLoads is for tools beside the product (./fc bench load); the server's loads run under its "
                        + "managed executors")
                .check(product);
    }

    @Test
    void theMatcherIsAPlainLibraryOverTheKernel() {
        classes().that().resideInAPackage(ROOT + ".matching..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".matching..", ROOT + ".kernel..", "java.lang..",
                        "java.util..", "java.io..", "java.nio..", "java.text..", "java.time..", "org.apache.commons.text..",
                        "org.apache.commons.codec..")
                .because("the same matcher runs in the server, in ./fc link and in the benchmarks, on records it is given")
                .check(product);
    }

    @Test
    void nothingDependsOnTheApplicationThatWiresEverything() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(product);
    }

    @Test
    void theProductNeverUsesTheSyntheticRegionOrItsTruth() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".synthetic..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".synthetic..")
                .because("synthetic data and its ground truth are for demos, tests and benchmarks only")
                .check(product);
    }

    @Test
    void presentationHoldsNoPersistence() {
        noClasses().that().resideInAPackage(ROOT + ".presentation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
                .check(product);
    }

    @Test
    void dependenciesArriveThroughConstructors() {
        fields().that().areDeclaredInClassesThat().areNotAssignableTo(HttpServlet.class)
                .and().areDeclaredInClassesThat().areNotAssignableTo(Filter.class)
                .and().areDeclaredInClassesThat().areNotAnnotatedWith(Provider.class)
                .should().notBeAnnotatedWith(Inject.class)
                .because("constructor injection; only container-created servlets, filters and JAX-RS providers need fields")
                .check(product);
    }

    @Test
    void everyWebMethodDeclaresWhoMayUseIt() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(HEAD.class)
                .should(declareAnAccessRule())
                .because("access is denied by default: @Public, @SignedIn or @Allowed must be explicit")
                .check(product);
    }

    private static ArchCondition<JavaMethod> declareAnAccessRule() {
        List<Class<? extends Annotation>> rules = List.of(Public.class, SignedIn.class, Allowed.class);
        return new ArchCondition<>("declare @Public, @SignedIn or @Allowed (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = rules.stream().anyMatch(rule -> method.isAnnotatedWith(rule)
                        || method.getOwner().isAnnotatedWith(rule));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no access rule"));
                }
            }
        };
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time-based rules must be testable: inject java.time.Clock")
                .check(product);
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".app.wiring.PlatformResources")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(product);
    }
}
