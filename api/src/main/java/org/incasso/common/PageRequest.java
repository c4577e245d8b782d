package org.incasso.common;

import org.jspecify.annotations.Nullable;

/**
 * Forward cursor paging (Relay): {@code first} items after the opaque cursor {@code after}.
 */
public record PageRequest(int first, @Nullable String after) {

    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        if (first < 0 || first > MAX_PAGE_SIZE) {
            throw ValidationException.of("first", ErrorCode.OUT_OF_RANGE,
                    "must be between 0 and " + MAX_PAGE_SIZE);
        }
    }

    public static PageRequest of(@Nullable Integer first, @Nullable String after) {
        return new PageRequest(first == null ? 20 : first, after);
    }
}
