/**
 * The claim lifecycle (vordering / incassozaak): phases, close reasons, the guarded transitions
 * between them and the dispute flag. Plain Java without Spring, so the rules can be unit-tested
 * by the table and reused by the GraphQL API and the Vaadin views alike.
 */
@NullMarked
package org.incasso.claims;

import org.jspecify.annotations.NullMarked;
