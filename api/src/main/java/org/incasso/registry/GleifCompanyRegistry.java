package org.incasso.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incasso.common.Address;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open GLEIF LEI records API (JSON:API): {@code GET /lei-records?filter[entity.legalName]=…}.
 * Reads only the legal name, the legal address and the LEI. Any failure (timeout, error status,
 * unreadable body) is logged and answered with no results, so the quote page keeps working.
 */
class GleifCompanyRegistry implements CompanyRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(GleifCompanyRegistry.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final int PAGE_SIZE = 10;

    private final GleifProperties properties;
    private final HttpClient http;

    GleifCompanyRegistry(GleifProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public List<CompanySuggestion> search(String name) {
        HttpRequest request = HttpRequest.newBuilder(uriFor(name)).timeout(properties.timeout())
                .header("Accept", "application/vnd.api+json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("GLEIF answered {} for a name search; no registry results", response.statusCode());
                return List.of();
            }
            return parse(response.body());
        } catch (IOException | JacksonException e) {
            LOG.warn("GLEIF name search failed ({}); no registry results", e.toString());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private URI uriFor(String name) {
        String base = properties.baseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/lei-records?" + encode("filter[entity.legalName]") + "=" + encode(name) + "&"
                + encode("page[size]") + "=" + PAGE_SIZE);
    }

    private static String encode(String value) {
        // %20 rather than the form encoding's "+", which not every JSON:API server reads as a space
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<CompanySuggestion> parse(String body) {
        List<CompanySuggestion> suggestions = new ArrayList<>();
        for (JsonNode record : MAPPER.readTree(body).path("data")) {
            JsonNode entity = record.path("attributes").path("entity");
            String name = text(entity.path("legalName").path("name"));
            if (name == null) {
                continue;
            }
            suggestions.add(new CompanySuggestion(name, address(entity.path("legalAddress")),
                    CompanySuggestion.Source.REGISTRY, text(record.path("id"))));
        }
        return List.copyOf(suggestions);
    }

    private static Address address(JsonNode address) {
        List<String> lines = new ArrayList<>();
        address.path("addressLines").forEach(line -> {
            String text = text(line);
            if (text != null) {
                lines.add(text);
            }
        });
        String country = text(address.path("country"));
        return new Address(lines.isEmpty() ? null : String.join(", ", lines), text(address.path("postalCode")),
                text(address.path("city")), country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
    }
}
