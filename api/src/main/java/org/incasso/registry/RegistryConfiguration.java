package org.incasso.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public registries: GLEIF only when {@code incasso.registry.gleif.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GleifProperties.class)
class RegistryConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("incasso.registry.gleif.enabled")
    GleifCompanyRegistry gleifCompanyRegistry(GleifProperties properties) {
        return new GleifCompanyRegistry(properties);
    }
}
