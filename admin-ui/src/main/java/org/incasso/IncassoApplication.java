package org.incasso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Incasso platform: the GraphQL API at /graphql and the Vaadin UI at /, in one application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncassoApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncassoApplication.class, args);
    }
}
