package org.incasso.fees;

import org.jspecify.annotations.Nullable;

/** Where an anonymous quote request came from: the host name it was sent to and the client address. */
public record QuoteOrigin(@Nullable String host, @Nullable String clientAddress) {
}
