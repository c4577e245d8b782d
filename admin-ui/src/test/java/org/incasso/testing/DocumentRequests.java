package org.incasso.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads and downloads claim documents over the REST endpoints, with a demo user's real token (or none). */
public final class DocumentRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DocumentRequests() {
    }

    /** {@code POST /api/claims/{claimId}/documents}; a null part is left out of the multipart body. */
    public static HttpResponse<byte[]> upload(@Nullable String user, String claimId, @Nullable String type,
            @Nullable String fileName, byte @Nullable [] content) {
        String boundary = "----incasso-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (type != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n");
        }
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(user, "/api/claims/" + claimId + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request);
    }

    /** {@code GET /api/documents/{id}}. */
    public static HttpResponse<byte[]> download(@Nullable String user, String documentId) {
        return send(request(user, "/api/documents/" + documentId).GET());
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(@Nullable String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.get().appUrl() + path));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestStack.get().token(user));
        }
        return request;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
