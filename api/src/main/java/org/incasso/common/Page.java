package org.incasso.common;

import java.util.List;

/** One page of a cursor-paged list, with the total count matching the filter. */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }
}
