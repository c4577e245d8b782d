package org.incasso.common;

import java.util.List;
import java.util.function.Function;

/** One page of a cursor-paged list, with the total count matching the filter. */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(edges.stream().map(e -> new Edge<>(e.cursor(), mapper.apply(e.node()))).toList(),
                hasNextPage, hasPreviousPage, totalCount);
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
