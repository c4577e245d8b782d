/** GraphQL plumbing shared by all features: scalars, error mapping, cursors. */
@NullMarked
package org.incasso.common.graphql;

import org.jspecify.annotations.NullMarked;
