package org.incasso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering rules that Spring Modulith does not see. */
@AnalyzeClasses(packages = "org.incasso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule vaadinStaysInTheUi = noClasses().that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("views are the only Vaadin code; services serve GraphQL and the UI alike");

    @ArchTest
    static final ArchRule jooqStaysInPersistence = noClasses().that().resideOutsideOfPackages("..persistence..", "org.incasso.devdb..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.incasso.persistence.db..")
            .because("only persistence classes touch jOOQ and the generated code");

    @ArchTest
    static final ArchRule graphQlAndUiDoNotReachPersistence = noClasses()
            .that().resideInAnyPackage("..graphql..", "..ui..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("GraphQL controllers and views call the feature services");

    @ArchTest
    static final ArchRule domainValuesAreFreeOfSpring = noClasses()
            .that().resideInAPackage("org.incasso.common").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..");
}
