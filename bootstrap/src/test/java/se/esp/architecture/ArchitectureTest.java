package se.esp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import se.esp.domain.shared.DomainEventVisitor;

/**
 * The module shape, proven on every build over the production classes of all modules. ArchUnit's default is
 * kept: a rule whose "that()" matches no class fails, so no rule here can pass by matching nothing.
 */
@AnalyzeClasses(packages = "se.esp",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * The domain's test fixtures come as a test-jar; in {@code mvn verify} the reactor hands over that jar (in
     * {@code mvn test}, its classes folder, which {@link ImportOption.DoNotIncludeTests} already leaves out).
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String DOMAIN = "se.esp.domain..";
    private static final String APPLICATION = "se.esp.application..";
    private static final String COMMON = "se.esp.adapter.common..";
    private static final String WEB = "se.esp.adapter.web..";
    private static final String PERSISTENCE = "se.esp.adapter.persistence..";
    private static final String MESSAGING = "se.esp.adapter.messaging..";
    private static final String BOOTSTRAP = "se.esp.bootstrap..";

    @ArchTest
    static final ArchRule domainDependsOnlyOnJava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .as("the domain depends only on java.. (no framework, no annotation from jakarta.*)");

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainAndJava = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .as("the application layer depends only on the domain and java..");

    @ArchTest
    static final ArchRule webAdapterDependsOnNoOtherAdapter = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MESSAGING, BOOTSTRAP);

    @ArchTest
    static final ArchRule persistenceAdapterDependsOnNoOtherAdapter = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, MESSAGING, BOOTSTRAP);

    @ArchTest
    static final ArchRule messagingAdapterDependsOnNoOtherAdapter = noClasses().that().resideInAPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, PERSISTENCE, BOOTSTRAP);

    @ArchTest
    static final ArchRule inboundCommonDependsOnNoAdapter = noClasses().that().resideInAPackage(COMMON)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, PERSISTENCE, MESSAGING, BOOTSTRAP)
            .as("adapters-common (what every inbound channel does alike) depends on no adapter");

    @ArchTest
    static final ArchRule persistenceApiOnlyInThePersistenceAdapter = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .as("jakarta.persistence is used only in adapters-persistence");

    @ArchTest
    static final ArchRule restAndFacesOnlyInTheWebAdapter = noClasses()
            .that().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..")
            .as("jakarta.ws.rs and jakarta.faces are used only in adapters-web");

    @ArchTest
    static final ArchRule messagingApiOnlyInTheMessagingAdapter = noClasses()
            .that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAPackage("jakarta.jms..")
            .as("jakarta.jms is used only in adapters-messaging");

    /** The same WAR deploys on WildFly 37, which has no MicroProfile Metrics: its API is named in one class only. */
    @ArchTest
    static final ArchRule microProfileMetricsOnlyWhereTheServerHasIt = noClasses()
            .that().haveNameNotMatching("se\\.esp\\.bootstrap\\.metrics\\.MicroProfileMeters(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.metrics..")
            .as("MicroProfile Metrics is named only by bootstrap's MicroProfileMeters, created only where the server "
                    + "provides it");

    /** Open Liberty need not have Micrometer: its API is named in one class only as well. */
    @ArchTest
    static final ArchRule micrometerOnlyWhereTheServerHasIt = noClasses()
            .that().haveNameNotMatching("se\\.esp\\.bootstrap\\.metrics\\.MicrometerMeters(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .as("Micrometer is named only by bootstrap's MicrometerMeters, created only where the server provides it "
                    + "and MicroProfile Metrics is absent");

    /**
     * {@code jakarta.json.Json}'s factory methods look the provider up through the service loader on every call
     * (a class-path scan in the server): the adapters use the provider looked up once ({@code JsonProviders.JSON},
     * {@code JsonDocuments.JSON}).
     */
    @ArchTest
    static final ArchRule jsonThroughTheProviderLookedUpOnce = noClasses()
            .that().resideOutsideOfPackage("se.esp.apiclient..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
            .as("JSON-P is used through the provider looked up once, never through jakarta.json.Json");

    @ArchTest
    static final ArchRule theGeneratedApiClientIsForTestsOnly = noClasses()
            .that().resideOutsideOfPackage("se.esp.apiclient..")
            .should().dependOnClassesThat().resideInAPackage("se.esp.apiclient..")
            .as("the client generated from the OpenAPI document (api-client) is used by the end-to-end tests only");

    /**
     * The assemblies ({@code jpa}, {@code memory}) name every area and no area depends on them; the base the areas
     * share ({@code storage}) names no area.
     */
    @ArchTest
    static final ArchRule persistenceAdapterPackagesAreFreeOfCycles = slices()
            .matching("se.esp.adapter.persistence.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainAreasAreFreeOfCycles = slices().matching("se.esp.domain.(*)..")
            .should().beFreeOfCycles()
            // The event visitor names every area's events so that an unhandled kind does not compile; it is the
            // one way from shared to the areas.
            .ignoreDependency(JavaClass.Predicates.equivalentTo(DomainEventVisitor.class),
                    DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule applicationAreasAreFreeOfCycles = slices().matching("se.esp.application.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webPackagesAreFreeOfCycles = slices().matching("se.esp.adapter.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule consoleAreasAreFreeOfCycles = slices().matching("se.esp.adapter.web.console.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule messagingPackagesAreFreeOfCycles = slices().matching("se.esp.adapter.messaging.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule restResourcesHaveAPublicConstructorWithoutParameters = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should(new ArchCondition<JavaClass>("have a public constructor without parameters") {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    boolean has = resource.getConstructors().stream().anyMatch(constructor ->
                            constructor.getModifiers().contains(JavaModifier.PUBLIC)
                                    && constructor.getRawParameterTypes().isEmpty());
                    if (!has) {
                        events.add(SimpleConditionEvent.violated(resource,
                                resource.getName() + " has no public constructor without parameters"));
                    }
                }
            })
            .as("REST resources have the public constructor without parameters Jakarta REST asks for (RESTEasy on "
                    + "WildFly refuses a resource without one; Liberty accepts a protected one)");
}
