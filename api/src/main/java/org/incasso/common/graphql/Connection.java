package org.incasso.common.graphql;

import java.util.List;
import java.util.function.Function;
import org.incasso.common.Page;
import org.jspecify.annotations.Nullable;

/** A Relay connection as the schema's {@code XxxConnection} types expect it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
            @Nullable String endCursor) {
    }

    public static <S, T> Connection<T> of(Page<S> page, Function<S, T> toNode) {
        List<Edge<T>> edges = page.edges().stream()
                .map(edge -> new Edge<>(edge.cursor(), toNode.apply(edge.node()))).toList();
        PageInfo info = new PageInfo(page.hasNextPage(), page.hasPreviousPage(),
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, page.totalCount());
    }
}
