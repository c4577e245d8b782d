package org.incasso.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.function.Supplier;
import org.incasso.identity.OidcUsers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.function.SingletonSupplier;

/**
 * The UI logs in through Keycloak (OIDC authorization code with PKCE) and logs out through it
 * (RP-initiated logout). Everything the API chain does not match lands here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class UiSecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, OidcUsers oidcUsers) throws Exception {
        http.oauth2Login(login -> login.loginPage(LOGIN_PATH)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/" + LoggedOutView.ROUTE)).build();
    }

    /**
     * Client registrations resolved on first use rather than at start-up, so the application
     * starts (and serves the API) while Keycloak is still starting or briefly unavailable.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        Supplier<InMemoryClientRegistrationRepository> registrations = SingletonSupplier.of(
                () -> new InMemoryClientRegistrationRepository(
                        new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values().stream().toList()));
        return registrationId -> registrations.get().findByRegistrationId(registrationId);
    }
}
