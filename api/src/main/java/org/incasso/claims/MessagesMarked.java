package org.incasso.claims;

/**
 * The result of marking messages read.
 *
 * @param marked how many messages were newly marked (already read ones do not count)
 */
public record MessagesMarked(Claim claim, int marked) {
}
