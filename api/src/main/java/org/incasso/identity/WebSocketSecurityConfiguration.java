package org.incasso.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * GraphQL over WebSocket ({@code graphql-transport-ws}): the bearer token travels in the
 * {@code connection_init} payload as {@code {"Authorization": "Bearer ..."}} and is checked
 * exactly like a bearer header on HTTP.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketSecurityConfiguration {

    @Bean
    AuthenticationWebSocketInterceptor authenticationWebSocketInterceptor(JwtDecoder decoder,
            Converter<Jwt, AbstractAuthenticationToken> tokenConverter) {
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(tokenConverter);
        return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(),
                new ProviderManager(provider));
    }
}
