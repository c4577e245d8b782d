package org.incasso.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API ({@code /graphql} over HTTP and WebSocket, {@code /api/**}) is an OAuth2 resource
 * server: stateless, Keycloak JWTs only. {@code POST /graphql} also admits anonymous requests
 * (the public quote); the feature services decide per operation. A valid token whose tenant is missing or unknown is
 * refused with 401 and an {@code error_description} saying why.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Converter<Jwt, AbstractAuthenticationToken> tokenConverter)
            throws Exception {
        RequestMatcher webSocketUpgrade = request -> "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        http.securityMatcher("/graphql", "/graphql/**", "/graphiql", "/graphiql/**", "/api/**")
                .authorizeHttpRequests(requests -> requests
                        // GraphiQL is a static page; it sends the user's token with each request
                        .requestMatchers("/graphiql", "/graphiql/**").permitAll()
                        // the WebSocket handshake: browsers cannot send headers, the token
                        // arrives in the connection_init message instead
                        .requestMatchers(webSocketUpgrade).permitAll()
                        // GraphQL over HTTP lets anonymous requests through for the public quote:
                        // every other operation requires a user in its service (CurrentUsers.require
                        // → UNAUTHORIZED). A request that carries a bad token is still refused
                        // with 401 by the bearer token filter, before authorisation.
                        .requestMatchers(HttpMethod.POST, "/graphql").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> tokenConverter(KeycloakClaims claims) {
        return jwt -> {
            try {
                CurrentUser user = claims.toCurrentUser(jwt.getClaims());
                return new UserAuthentication(user, jwt, authorities(user));
            } catch (InvalidTokenClaimsException e) {
                throw new InvalidBearerTokenException(e.getMessage(), e);
            }
        };
    }

    static Collection<GrantedAuthority> authorities(CurrentUser user) {
        return List.copyOf(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
