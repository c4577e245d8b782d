package org.incasso.claims;

import java.time.OffsetDateTime;

/**
 * Who read a message and when.
 *
 * @param userId Keycloak user id of the reader
 */
public record ReadReceipt(String userId, String name, OffsetDateTime readAt) {
}
