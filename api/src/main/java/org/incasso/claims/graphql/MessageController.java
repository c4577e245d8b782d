package org.incasso.claims.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimMessage;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.MessagesMarked;
import org.incasso.common.FieldViolation;
import org.incasso.common.graphql.Payloads;
import org.incasso.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The claim's message thread: mutations and batch-loaded {@code Claim.messages} / {@code unreadMessages}. */
@Controller
class MessageController {

    static final String MESSAGES = "claimMessages";
    static final String UNREAD = "claimUnreadMessages";

    record SendMessageInput(UUID claimId, @Nullable String text) {
    }

    record SendMessagePayload(@Nullable ClaimMessage message, List<FieldViolation> errors) {
    }

    record MarkMessagesReadInput(UUID claimId, @Nullable List<UUID> messageIds) {
    }

    record MarkMessagesReadPayload(@Nullable Claim claim, int marked, List<FieldViolation> errors) {

        static MarkMessagesReadPayload of(@Nullable MessagesMarked result, List<FieldViolation> errors) {
            return result == null ? new MarkMessagesReadPayload(null, 0, errors)
                    : new MarkMessagesReadPayload(result.claim(), result.marked(), errors);
        }
    }

    private final ClaimMessages messages;
    private final CurrentUsers currentUsers;

    MessageController(ClaimMessages messages, CurrentUsers currentUsers, BatchLoaderRegistry loaders) {
        this.messages = messages;
        this.currentUsers = currentUsers;
        loaders.<UUID, List<ClaimMessage>>forName(MESSAGES).registerMappedBatchLoader(
                (ids, environment) -> Mono.fromCallable(() -> messages.messagesOf(ids)));
        loaders.<UUID, Integer>forName(UNREAD).registerMappedBatchLoader(
                (ids, environment) -> Mono.fromCallable(() -> messages.unreadOf(ids)));
    }

    @MutationMapping
    SendMessagePayload sendMessage(@Argument SendMessageInput input) {
        return Payloads.attempt(() -> messages.send(input.claimId(), input.text()), SendMessagePayload::new);
    }

    @MutationMapping
    MarkMessagesReadPayload markMessagesRead(@Argument MarkMessagesReadInput input) {
        return Payloads.attempt(() -> messages.markRead(input.claimId(), input.messageIds()),
                MarkMessagesReadPayload::of);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<List<ClaimMessage>> messages(Claim claim, DataFetchingEnvironment env) {
        return env.<UUID, List<ClaimMessage>>getDataLoader(MESSAGES).load(claim.id())
                .thenApply(list -> list == null ? List.of() : list);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<Integer> unreadMessages(Claim claim, DataFetchingEnvironment env) {
        return env.<UUID, Integer>getDataLoader(UNREAD).load(claim.id()).thenApply(n -> n == null ? 0 : n);
    }

    @SchemaMapping(typeName = "Message")
    boolean readByMe(ClaimMessage message) {
        return message.readBy(currentUsers.require().subject());
    }
}
