package org.incasso.creditors;

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

/** The creditors slice of the API, per role and across tenants, with real Keycloak tokens. */
@ApplicationTest
class CreditorsApiTest {

    @ParameterizedTest
    @ValueSource(strings = {NL_ADMIN, NL_SPECIALIST})
    void staffListTheCreditorsOfTheirOwnTenantOnly(String user) {
        List<String> ids = Api.as(user).documentName("creditors").variable("first", 200).execute()
                .path("creditors.edges[*].node.id").entityList(String.class).get();
        assertThat(ids).contains(NL_CREDITOR, NL_OTHER_CREDITOR).doesNotContain(UK_CREDITOR);
    }

    @Test
    void aCreditorUserListsOnlyItsOwnCreditor() {
        Api.as(NL_CREDITOR_USER).documentName("creditors").execute()
                .path("creditors.edges[*].node.id").entityList(String.class).containsExactly(NL_CREDITOR)
                .path("creditors.totalCount").entity(Integer.class).isEqualTo(1);
        Api.as(NL_CREDITOR_USER).documentName("myCreditor").execute()
                .path("myCreditor.id").entity(String.class).isEqualTo(NL_CREDITOR);
    }

    @Test
    void partnersMayNotListOrReadCreditors() {
        assertForbidden(Api.as(NL_PARTNER).documentName("creditors").execute());
        assertForbidden(Api.as(NL_PARTNER).documentName("creditor").variable("id", NL_CREDITOR).execute());
    }

    @Test
    void anotherTenantsCreditorIsNotFound() {
        Api.as(UK_ADMIN).documentName("creditor").variable("id", NL_CREDITOR).execute()
                .path("creditor").valueIsNull();
        Api.as(NL_ADMIN).documentName("creditor").variable("id", NL_CREDITOR).execute()
                .path("creditor.name").entity(String.class).isEqualTo("Bakkerij De Gouden Korst B.V.");
    }

    @Test
    void aCreditorUserCannotReadAnotherCreditorOfItsTenant() {
        Api.as(NL_CREDITOR_USER).documentName("creditor").variable("id", NL_OTHER_CREDITOR).execute()
                .path("creditor").valueIsNull();
    }

    @Test
    void staffCreateACreditorWithNormalisedBankDetails() {
        Map<String, Object> input = validInput("Drukkerij Van Dam B.V.");
        GraphQlTester.Response response = Api.as(NL_SPECIALIST).documentName("createCreditor")
                .variable("input", input).execute();
        response.path("createCreditor.errors").entityList(Object.class).hasSize(0)
                .path("createCreditor.creditor.bankAccount.iban").entity(String.class).isEqualTo("NL91ABNA0417164300")
                .path("createCreditor.creditor.version").entity(Integer.class).isEqualTo(0);
        String id = response.path("createCreditor.creditor.id").entity(String.class).get();
        Api.as(NL_ADMIN).documentName("creditor").variable("id", id).execute()
                .path("creditor.contacts[0].email").entity(String.class).isEqualTo("jan@vandam.example");
        Api.as(UK_ADMIN).documentName("creditor").variable("id", id).execute().path("creditor").valueIsNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {NL_CREDITOR_USER, NL_PARTNER})
    void nonStaffMayNotCreateCreditors(String user) {
        String name = "Not allowed " + UUID.randomUUID();
        assertForbidden(Api.as(user).documentName("createCreditor").variable("input", validInput(name)).execute());
        assertNothingStored(name);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String name = "Bad input " + UUID.randomUUID();
        Map<String, Object> input = validInput(name);
        input.put("address", Map.of("city", "Nowhere", "country", "XX"));
        input.put("contacts", List.of(Map.of("name", "Jan", "email", "not-an-email")));
        input.put("bankAccount", Map.of("iban", "NL91ABNA0417164301", "holder", "Van Dam"));
        GraphQlTester.Response response = Api.as(NL_ADMIN).documentName("createCreditor")
                .variable("input", input).execute();
        response.path("createCreditor.creditor").valueIsNull();
        assertThat(response.path("createCreditor.errors[*].field").entityList(String.class).get())
                .containsExactlyInAnyOrder("address.country", "contacts[0].email", "bankAccount.iban");
        assertThat(response.path("createCreditor.errors[*].code").entityList(String.class).get())
                .containsExactlyInAnyOrder("UNKNOWN_COUNTRY", "INVALID_EMAIL", "INVALID_IBAN");
        assertNothingStored(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10_000})
    void emptyAndHugeNamesAreRefused(int length) {
        Map<String, Object> input = validInput("x".repeat(length));
        Api.as(NL_ADMIN).documentName("createCreditor").variable("input", input).execute()
                .path("createCreditor.errors[0].field").entity(String.class).isEqualTo("name")
                .path("createCreditor.errors[0].code").entity(String.class)
                .isEqualTo(length == 0 ? "REQUIRED" : "TOO_LONG");
    }

    @Test
    void aCreditorUserUpdatesItsOwnCreditorButNoOther() {
        int version = Api.as(NL_CREDITOR_USER).documentName("creditor").variable("id", NL_CREDITOR).execute()
                .path("creditor.version").entity(Integer.class).get();
        Map<String, Object> input = validInput("Bakkerij De Gouden Korst B.V.");
        input.put("id", NL_CREDITOR);
        input.put("expectedVersion", version);
        Api.as(NL_CREDITOR_USER).documentName("updateCreditor").variable("input", input).execute()
                .path("updateCreditor.errors").entityList(Object.class).hasSize(0)
                .path("updateCreditor.creditor.version").entity(Integer.class).isEqualTo(version + 1);

        Map<String, Object> other = validInput("Hijacked");
        other.put("id", NL_OTHER_CREDITOR);
        Api.as(NL_CREDITOR_USER).documentName("updateCreditor").variable("input", other).execute()
                .path("updateCreditor.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        assertNothingStored("Hijacked");
    }

    @Test
    void anotherTenantsCreditorCannotBeUpdated() {
        Map<String, Object> input = validInput("Taken over by UK");
        input.put("id", NL_OTHER_CREDITOR);
        Api.as(UK_ADMIN).documentName("updateCreditor").variable("input", input).execute()
                .path("updateCreditor.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        assertNothingStored("Taken over by UK");
    }

    @Test
    void aStaleVersionIsAConflict() {
        String id = Api.as(NL_ADMIN).documentName("createCreditor").variable("input", validInput("Versioned B.V."))
                .execute().path("createCreditor.creditor.id").entity(String.class).get();
        Map<String, Object> first = validInput("Versioned B.V. (1)");
        first.put("id", id);
        first.put("expectedVersion", 0);
        Api.as(NL_ADMIN).documentName("updateCreditor").variable("input", first).execute()
                .path("updateCreditor.creditor.version").entity(Integer.class).isEqualTo(1);
        Map<String, Object> stale = validInput("Versioned B.V. (stale)");
        stale.put("id", id);
        stale.put("expectedVersion", 0);
        Api.as(NL_SPECIALIST).documentName("updateCreditor").variable("input", stale).execute()
                .path("updateCreditor.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");
        assertNothingStored("Versioned B.V. (stale)");
    }

    @Test
    void listsAreFilteredByNameAndCountryAndPagedWithCursors() {
        String marker = "Paged " + UUID.randomUUID().toString().substring(0, 8);
        for (String suffix : List.of("A", "B", "C")) {
            Api.as(NL_ADMIN).documentName("createCreditor").variable("input", validInput(marker + " " + suffix))
                    .execute().path("createCreditor.errors").entityList(Object.class).hasSize(0);
        }
        Map<String, Object> filter = Map.of("name", marker.toLowerCase(), "country", "NL");
        GraphQlTester.Response first = Api.as(NL_ADMIN).documentName("creditors")
                .variable("first", 2).variable("filter", filter).execute();
        first.path("creditors.totalCount").entity(Integer.class).isEqualTo(3)
                .path("creditors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("creditors.edges[*].node.name").entityList(String.class)
                .containsExactly(marker + " A", marker + " B");
        String cursor = first.path("creditors.pageInfo.endCursor").entity(String.class).get();
        Api.as(NL_ADMIN).documentName("creditors").variable("first", 2).variable("after", cursor)
                .variable("filter", filter).execute()
                .path("creditors.edges[*].node.name").entityList(String.class).containsExactly(marker + " C")
                .path("creditors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        Api.as(NL_ADMIN).documentName("creditors").variable("filter", Map.of("name", marker, "country", "BE"))
                .execute().path("creditors.totalCount").entity(Integer.class).isEqualTo(0);
        Api.as(NL_ADMIN).documentName("creditors").variable("filter", filter).variable("sort", "NAME_DESC")
                .execute().path("creditors.edges[0].node.name").entity(String.class).isEqualTo(marker + " C");
    }

    static Map<String, Object> validInput(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("registrationNumber", "12345678");
        input.put("address", Map.of("street", "Kade 1", "postalCode", "1011 AA", "city", "Amsterdam", "country", "nl"));
        input.put("contacts", List.of(Map.of("name", "Jan van Dam", "email", "jan@vandam.example", "phone", "+31 20 1234567")));
        input.put("bankAccount", Map.of("iban", "NL91 ABNA 0417 1643 00", "bic", "ABNANL2A", "holder", "Van Dam"));
        return input;
    }

    static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(
                error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    private static void assertNothingStored(String name) {
        Api.as(NL_ADMIN).documentName("creditors").variable("filter", Map.of("name", name)).execute()
                .path("creditors.totalCount").entity(Integer.class).isEqualTo(0);
        Api.as(UK_ADMIN).documentName("creditors").variable("filter", Map.of("name", name)).execute()
                .path("creditors.totalCount").entity(Integer.class).isEqualTo(0);
    }
}
