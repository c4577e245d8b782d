package org.incasso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.change;
import static org.incasso.testing.ClaimRequests.simpleSubmission;
import static org.incasso.testing.ClaimRequests.submit;
import static org.incasso.testing.DemoData.*;
import static org.incasso.testing.DocumentRequests.download;
import static org.incasso.testing.DocumentRequests.json;
import static org.incasso.testing.DocumentRequests.upload;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Claim documents over REST (upload, download) and GraphQL (metadata), per role and across
 * tenants, with real Keycloak tokens; refused uploads store nothing.
 */
@ApplicationTest
class DocumentsApiTest {

    private static final String NL_PARTNER_ID = "a0000000-0000-4000-8000-000000000101";

    @Test
    void acceptsPdfPngTextEmailAndDocxDetectedFromTheContentAndReturnsTheSameBytes() throws Exception {
        String claim = nlClaim();
        record Sample(String type, String name, byte[] content, String mediaType) {
        }
        List<Sample> samples = List.of(
                new Sample("INVOICE", "invoice-2026-17.pdf", SampleFiles.pdf(), "application/pdf"),
                new Sample("DISPUTE", "photo.png", SampleFiles.png(), "image/png"),
                new Sample("CORRESPONDENCE", "note.txt", SampleFiles.text(), "text/plain"),
                new Sample("CORRESPONDENCE", "reminder.eml", SampleFiles.eml(), "message/rfc822"),
                new Sample("CONTRACT", "agreement.docx", SampleFiles.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        for (Sample sample : samples) {
            HttpResponse<byte[]> created = upload(NL_SPECIALIST, claim, sample.type(), sample.name(), sample.content());
            assertThat(created.statusCode()).as(sample.name()).isEqualTo(201);
            JsonNode document = json(created);
            assertThat(document.get("mediaType").asString()).isEqualTo(sample.mediaType());
            assertThat(document.get("sha256").asString()).isEqualTo(sha256(sample.content()));
            assertThat(document.get("size").asLong()).isEqualTo(sample.content().length);
            assertThat(created.headers().firstValue("Location")).contains(document.get("downloadUrl").asString());

            // the creditor of the claim downloads what the specialist uploaded
            HttpResponse<byte[]> downloaded = download(NL_CREDITOR_USER, document.get("id").asString());
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(sha256(downloaded.body())).isEqualTo(sha256(sample.content()));
            assertThat(downloaded.body()).isEqualTo(sample.content());
            assertThat(downloaded.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(sample.mediaType()));
            assertThat(downloaded.headers().firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"" + sample.name() + "\"; filename*=UTF-8''" + sample.name());
        }

        var response = Api.as(NL_CREDITOR_USER).documentName("claimDocuments").variable("id", claim).execute();
        assertThat(response.path("claim.documents[*].fileName").entityList(String.class).get())
                .containsExactly(samples.stream().map(Sample::name).toArray(String[]::new));
        assertThat(response.path("claim.documents[*].mediaType").entityList(String.class).get())
                .containsExactly(samples.stream().map(Sample::mediaType).toArray(String[]::new));
        response.path("claim.documents[0].type").entity(String.class).isEqualTo("INVOICE")
                .path("claim.documents[0].sha256").entity(String.class).isEqualTo(sha256(SampleFiles.pdf()))
                .path("claim.documents[0].size").entity(Integer.class).isEqualTo(SampleFiles.pdf().length);
        assertThat(response.path("claim.events[*].type").entityList(String.class).get()
                .stream().filter("DOCUMENT_ADDED"::equals)).hasSize(samples.size());
    }

    @Test
    void refusesExecutablesContradictingNamesOversizedFilesAndBadTypesAndStoresNothing() {
        String claim = nlClaim();
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", "invoice.pdf", SampleFiles.elf()),
                400, "file", "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", "invoice.pdf", SampleFiles.windowsExecutable()),
                400, "file", "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", "invoice.pdf", SampleFiles.png()),
                400, "file", "MEDIA_TYPE_MISMATCH");
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", "invoice.pdf", SampleFiles.text()),
                400, "file", "MEDIA_TYPE_MISMATCH");
        assertRefused(upload(NL_ADMIN, claim, "OTHER", "big.txt", SampleFiles.textOfSize(TestStack.DOCUMENT_MAX_SIZE + 1)),
                413, "file", "TOO_LARGE");
        assertRefused(upload(NL_ADMIN, claim, null, "invoice.pdf", SampleFiles.pdf()), 400, "type", "REQUIRED");
        assertRefused(upload(NL_ADMIN, claim, "RECEIPT", "invoice.pdf", SampleFiles.pdf()), 400, "type", "INVALID_FORMAT");
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", null, null), 400, "file", "REQUIRED");
        assertRefused(upload(NL_ADMIN, claim, "INVOICE", "empty.pdf", new byte[0]), 400, "file", "REQUIRED");
        assertNoDocuments(claim);

        // exactly at the limit is still accepted
        assertThat(upload(NL_ADMIN, claim, "OTHER", "big.txt", SampleFiles.textOfSize(TestStack.DOCUMENT_MAX_SIZE))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void anotherTenantCanNeitherUploadToNorDownloadFromAClaim() {
        String claim = nlClaim();
        String document = uploaded(claim);
        assertRefused(upload(UK_ADMIN, claim, "OTHER", "x.pdf", SampleFiles.pdf()), 404, "claimId", "NOT_FOUND");
        assertRefused(download(UK_ADMIN, document), 404, "id", "NOT_FOUND");
        assertRefused(download(UK_SPECIALIST, document), 404, "id", "NOT_FOUND");
        Api.as(UK_ADMIN).documentName("claimDocuments").variable("id", claim).execute().path("claim").valueIsNull();
        Api.as(NL_ADMIN).documentName("claimDocuments").variable("id", claim).execute()
                .path("claim.documents").entityList(Object.class).hasSize(1);
    }

    @Test
    void aPartnerWorksOnlyWithTheDocumentsOfAssignedClaims() {
        String claim = nlClaim();
        String document = uploaded(claim);
        assertRefused(upload(NL_PARTNER, claim, "OTHER", "x.pdf", SampleFiles.pdf()), 404, "claimId", "NOT_FOUND");
        assertRefused(download(NL_PARTNER, document), 404, "id", "NOT_FOUND");
        assertNoDocumentsBut(claim, 1);

        change(NL_SPECIALIST, "assignPartner", Map.of("claimId", claim, "partnerId", NL_PARTNER_ID))
                .path("assignPartner.errors").entityList(Object.class).hasSize(0);
        assertThat(download(NL_PARTNER, document).statusCode()).isEqualTo(200);
        assertThat(upload(NL_PARTNER, claim, "CORRESPONDENCE", "letter.pdf", SampleFiles.pdf()).statusCode()).isEqualTo(201);
        Api.as(NL_PARTNER).documentName("claimDocuments").variable("id", claim).execute()
                .path("claim.documents").entityList(Object.class).hasSize(2);
    }

    @Test
    void aCreditorWorksOnlyWithTheDocumentsOfItsOwnClaims() {
        Map<String, Object> input = simpleSubmission("Other Creditor's Debtor", "NL");
        input.put("creditorId", NL_OTHER_CREDITOR);
        String othersClaim = submit(NL_ADMIN, input);
        String document = uploaded(othersClaim);
        assertRefused(upload(NL_CREDITOR_USER, othersClaim, "OTHER", "x.pdf", SampleFiles.pdf()), 404, "claimId", "NOT_FOUND");
        assertRefused(download(NL_CREDITOR_USER, document), 404, "id", "NOT_FOUND");
        assertNoDocumentsBut(othersClaim, 1);

        String ownClaim = nlClaim();
        assertThat(upload(NL_CREDITOR_USER, ownClaim, "INVOICE", "invoice.pdf", SampleFiles.pdf()).statusCode()).isEqualTo(201);
    }

    @Test
    void withoutATokenNothingIsUploadedOrDownloaded() {
        String claim = nlClaim();
        String document = uploaded(claim);
        assertThat(upload(null, claim, "OTHER", "x.pdf", SampleFiles.pdf()).statusCode()).isEqualTo(401);
        assertThat(download(null, document).statusCode()).isEqualTo(401);
        assertNoDocumentsBut(claim, 1);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertRefused(download(NL_ADMIN, "b7a3c1de-0000-4000-8000-000000000000"), 404, "id", "NOT_FOUND");
        assertRefused(download(NL_ADMIN, "not-a-uuid"), 404, "id", "NOT_FOUND");
        assertRefused(upload(NL_ADMIN, "not-a-uuid", "OTHER", "x.pdf", SampleFiles.pdf()), 404, "claimId", "NOT_FOUND");
    }

    @Test
    void aFileNameWithAnyCharactersIsKeptAndSafelyEncodedForDownload() {
        String claim = nlClaim();
        String name = "Factuur \"2026\" — €.pdf";
        HttpResponse<byte[]> created = upload(NL_ADMIN, claim, "INVOICE", "C:\\fakepath\\" + name, SampleFiles.pdf());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("fileName").asString()).isEqualTo(name);
        assertThat(download(NL_ADMIN, json(created).get("id").asString()).headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Factuur _2026_ _ _.pdf\"; "
                        + "filename*=UTF-8''Factuur%20%222026%22%20%E2%80%94%20%E2%82%AC.pdf");
    }

    private static String nlClaim() {
        return submit(NL_ADMIN, simpleSubmission("Documents B.V.", "NL"));
    }

    private static String uploaded(String claim) {
        HttpResponse<byte[]> created = upload(NL_SPECIALIST, claim, "INVOICE", "invoice.pdf", SampleFiles.pdf());
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String field, String code) {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(status);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
    }

    private static void assertNoDocuments(String claim) {
        assertNoDocumentsBut(claim, 0);
    }

    private static void assertNoDocumentsBut(String claim, int expected) {
        var response = Api.as(NL_ADMIN).documentName("claimDocuments").variable("id", claim).execute();
        response.path("claim.documents").entityList(Object.class).hasSize(expected);
        assertThat(response.path("claim.events[*].type").entityList(String.class).get()
                .stream().filter("DOCUMENT_ADDED"::equals)).hasSize(expected);
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
