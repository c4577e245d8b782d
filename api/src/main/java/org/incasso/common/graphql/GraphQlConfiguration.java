package org.incasso.common.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import java.util.Map;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.RateLimitedException;
import org.incasso.common.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;

/** Scalars of the schema and the mapping of domain errors raised outside mutation payloads. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        // CountryCode and IBAN are documented string scalars: the domain validates them so that
        // a bad value becomes a FieldError naming the field rather than a parse failure.
        return wiring -> wiring
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.DateTime)
                .scalar(alias("CountryCode", "An ISO 3166-1 alpha-2 country code"))
                .scalar(alias("IBAN", "An International Bank Account Number"));
    }

    @Bean
    DataFetcherExceptionResolver domainErrors() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                return switch (ex) {
                    case ValidationException e -> GraphqlErrorBuilder.newError(env)
                            .errorType(ErrorType.BAD_REQUEST)
                            .message(e.getMessage())
                            .extensions(Map.of("violations", e.violations().stream()
                                    .map(v -> Map.of("field", v.field(), "code", v.code().name(),
                                            "message", v.message()))
                                    .toList()))
                            .build();
                    case NotFoundException e -> GraphqlErrorBuilder.newError(env)
                            .errorType(ErrorType.NOT_FOUND).message(e.getMessage()).build();
                    case RateLimitedException e -> GraphqlErrorBuilder.newError(env)
                            .errorType(RateLimited.RATE_LIMITED)
                            .message(e.getMessage())
                            .extensions(Map.of("code", ErrorCode.RATE_LIMITED.name(),
                                    "retryAfterSeconds", Math.max(1, e.retryAfter().toSeconds())))
                            .build();
                    default -> null;
                };
            }
        };
    }

    /** Subscriptions fail through their own resolver chain: the same domain errors, typed alike. */
    @Bean
    SubscriptionExceptionResolver subscriptionErrors() {
        return new SubscriptionExceptionResolverAdapter() {
            @Override
            protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
                return switch (ex) {
                    case NotFoundException e -> GraphqlErrorBuilder.newError().errorType(ErrorType.NOT_FOUND)
                            .message(e.getMessage()).build();
                    case ValidationException e -> GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                            .message(e.getMessage()).build();
                    case org.springframework.security.access.AccessDeniedException e -> GraphqlErrorBuilder.newError()
                            .errorType(ErrorType.FORBIDDEN).message("Forbidden").build();
                    case org.springframework.security.core.AuthenticationException e -> GraphqlErrorBuilder.newError()
                            .errorType(ErrorType.UNAUTHORIZED).message("Unauthorized").build();
                    default -> null;
                };
            }
        };
    }

    /** The error type of a refused request because its client asked too often (HTTP would say 429). */
    enum RateLimited implements ErrorClassification {
        RATE_LIMITED
    }

    private static GraphQLScalarType alias(String name, String description) {
        return ExtendedScalars.newAliasedScalar(name).aliasedScalar(graphql.Scalars.GraphQLString)
                .description(description).build();
    }
}
