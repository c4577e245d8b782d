package org.incasso.common.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Runs a mutation and turns refused input into the payload's {@code errors} list: the client
 * gets typed errors naming the fields, and (because the exception rolled the transaction back)
 * nothing was stored.
 */
public final class Payloads {

    private Payloads() {
    }

    public static <T, P> P attempt(Supplier<T> mutation, BiFunction<@Nullable T, List<FieldViolation>, P> payload) {
        try {
            return payload.apply(mutation.get(), List.of());
        } catch (ValidationException e) {
            return payload.apply(null, e.violations());
        } catch (NotFoundException e) {
            return payload.apply(null, List.of(new FieldViolation(e.field(), ErrorCode.NOT_FOUND, e.getMessage())));
        }
    }
}
