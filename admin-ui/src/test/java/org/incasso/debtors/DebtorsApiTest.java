package org.incasso.debtors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The debtors slice of the API, per role and across tenants, with real Keycloak tokens. */
@ApplicationTest
class DebtorsApiTest {

    @ParameterizedTest
    @ValueSource(strings = {NL_ADMIN, NL_SPECIALIST})
    void staffListTheDebtorsOfTheirOwnTenantOnly(String user) {
        List<String> ids = Api.as(user).documentName("debtors").variable("first", 200).execute()
                .path("debtors.edges[*].node.id").entityList(String.class).get();
        assertThat(ids).contains(NL_DEBTOR).doesNotContain(UK_DEBTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {NL_CREDITOR_USER, NL_PARTNER})
    void creditorsAndPartnersMayNotListReadCreateOrUpdateDebtors(String user) {
        assertForbidden(Api.as(user).documentName("debtors").execute());
        assertForbidden(Api.as(user).documentName("debtor").variable("id", NL_DEBTOR).execute());
        String name = "Forbidden debtor " + UUID.randomUUID();
        assertForbidden(Api.as(user).documentName("createDebtor").variable("input", input(name, "DE")).execute());
        Map<String, Object> update = input(name, "DE");
        update.put("id", NL_DEBTOR);
        assertForbidden(Api.as(user).documentName("updateDebtor").variable("input", update).execute());
        assertNothingStored(name);
    }

    @Test
    void anotherTenantsDebtorIsNotFoundForReadingOrUpdating() {
        Api.as(UK_SPECIALIST).documentName("debtor").variable("id", NL_DEBTOR).execute().path("debtor").valueIsNull();
        Map<String, Object> update = input("Taken over debtor", "GB");
        update.put("id", NL_DEBTOR);
        Api.as(UK_ADMIN).documentName("updateDebtor").variable("input", update).execute()
                .path("updateDebtor.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        Api.as(NL_ADMIN).documentName("debtor").variable("id", NL_DEBTOR).execute()
                .path("debtor.name").entity(String.class).isEqualTo("Café Het Hoekje V.O.F.");
    }

    @Test
    void staffCreateAndUpdateADebtor() {
        GraphQlTester.Response created = Api.as(NL_SPECIALIST).documentName("createDebtor")
                .variable("input", input("Müller Bau GmbH", "de")).execute();
        created.path("createDebtor.errors").entityList(Object.class).hasSize(0)
                .path("createDebtor.debtor.address.country").entity(String.class).isEqualTo("DE");
        String id = created.path("createDebtor.debtor.id").entity(String.class).get();
        Map<String, Object> update = input("Müller Bau GmbH & Co. KG", "DE");
        update.put("id", id);
        update.put("expectedVersion", 0);
        Api.as(NL_ADMIN).documentName("updateDebtor").variable("input", update).execute()
                .path("updateDebtor.debtor.name").entity(String.class).isEqualTo("Müller Bau GmbH & Co. KG")
                .path("updateDebtor.debtor.version").entity(Integer.class).isEqualTo(1);
        update.put("name", "Stale write");
        Api.as(NL_ADMIN).documentName("updateDebtor").variable("input", update).execute()
                .path("updateDebtor.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");
        assertNothingStored("Stale write");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String name = "Bad debtor " + UUID.randomUUID();
        Map<String, Object> bad = input(name, "ZZ");
        bad.put("contacts", List.of(Map.of("name", "", "email", "x@y")));
        GraphQlTester.Response response = Api.as(NL_ADMIN).documentName("createDebtor").variable("input", bad).execute();
        assertThat(response.path("createDebtor.errors[*].field").entityList(String.class).get())
                .containsExactlyInAnyOrder("address.country", "contacts[0].name", "contacts[0].email");
        assertNothingStored(name);
        Api.as(NL_ADMIN).documentName("createDebtor").variable("input", input("y".repeat(10_000), "NL")).execute()
                .path("createDebtor.errors[0].code").entity(String.class).isEqualTo("TOO_LONG");
    }

    private static Map<String, Object> input(String name, String country) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("address", Map.of("street", "Hauptstraße 5", "postalCode", "10115", "city", "Berlin", "country", country));
        input.put("contacts", List.of(Map.of("name", "Frau Schmidt", "email", "schmidt@mueller.example")));
        return input;
    }

    private static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(
                error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    private static void assertNothingStored(String name) {
        for (String admin : List.of(NL_ADMIN, UK_ADMIN)) {
            Api.as(admin).documentName("debtors").variable("filter", Map.of("name", name)).execute()
                    .path("debtors.totalCount").entity(Integer.class).isEqualTo(0);
        }
    }
}
