package org.incasso.fees.graphql;

import java.net.InetSocketAddress;
import java.util.Map;
import org.incasso.fees.QuoteOrigin;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the host name the request was sent to and the client address into the GraphQL context, for
 * the anonymous quote (tenant by host, rate limit by address). Both already went through the
 * container's forwarded-header handling ({@code server.forward-headers-strategy: native}), so
 * {@code X-Forwarded-For}/{@code X-Forwarded-Host} count only when sent by a trusted proxy.
 */
@Component
class QuoteOriginInterceptor implements WebGraphQlInterceptor {

    static final String ORIGIN = "incasso.quoteOrigin";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        QuoteOrigin origin = new QuoteOrigin(request.getUri().getHost(), address(request.getRemoteAddress()));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ORIGIN, origin)).build());
        return chain.next(request);
    }

    private static @org.jspecify.annotations.Nullable String address(
            @org.jspecify.annotations.Nullable InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
