package org.incasso.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.FloatingPointSamples;
import org.junit.jupiter.api.Test;

/** Money and law are exact decimals without frameworks: no double/float anywhere, no Spring, no jOOQ. */
class DomainArchitectureTest {

    private static final String[] DOMAIN = {"org.incasso.money..", "org.incasso.fees.domain..",
            "org.incasso.interest.domain..", "org.incasso.financials.domain.."};

    private static final DescribedPredicate<JavaClass> FLOATING_POINT = new DescribedPredicate<>("floating point") {
        @Override
        public boolean test(JavaClass type) {
            return List.of("double", "float", "java.lang.Double", "java.lang.Float").contains(type.getName());
        }
    };

    static final List<ArchRule> RULES = List.of(
            noFields().that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
                    .should().haveRawType(FLOATING_POINT),
            noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
                    .should().haveRawReturnType(FLOATING_POINT),
            noCodeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
                    .should(takeFloatingPointParameters()),
            noClasses().that().resideInAnyPackage(DOMAIN)
                    .should().dependOnClassesThat(FLOATING_POINT)
                    .orShould().callMethod(BigDecimal.class, "doubleValue")
                    .orShould().callMethod(BigDecimal.class, "floatValue")
                    .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
                    .orShould().callConstructor(BigDecimal.class, double.class),
            noClasses().that().resideInAnyPackage(DOMAIN)
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                            "jakarta.persistence..", "com.vaadin.."));

    @Test
    void domainUsesExactDecimalsOnlyAndNoFrameworks() {
        JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.incasso");
        RULES.forEach(rule -> rule.check(domain));
    }

    @Test
    void theRulesCatchAFloatingPointField() {
        assertViolated(FloatingPointSamples.WithDoubleField.class, 0);
    }

    @Test
    void theRulesCatchFloatingPointReturnTypesAndParameters() {
        assertViolated(FloatingPointSamples.WithFloatReturn.class, 1);
        assertViolated(FloatingPointSamples.WithBoxedDoubleParameter.class, 2);
    }

    @Test
    void theRulesCatchConvertingBigDecimalToDouble() {
        assertViolated(FloatingPointSamples.WithDoubleConversion.class, 3);
    }

    private static void assertViolated(Class<?> sample, int ruleIndex) {
        JavaClasses classes = new ClassFileImporter().importClasses(sample);
        assertThatThrownBy(() -> RULES.get(ruleIndex).check(classes)).isInstanceOf(AssertionError.class);
    }

    private static ArchCondition<JavaCodeUnit> takeFloatingPointParameters() {
        return new ArchCondition<>("take floating point parameters") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                boolean floating = unit.getRawParameterTypes().stream().anyMatch(FLOATING_POINT);
                events.add(new SimpleConditionEvent(unit, floating, unit.getFullName() + " takes a floating point parameter"));
            }
        };
    }
}
