/**
 * The specialist workspace: views over claims, their actions, messages, documents and events.
 * A module of its own because it brings those features together (they do not depend on it).
 */
@NullMarked
package org.incasso.workspace;

import org.jspecify.annotations.NullMarked;
