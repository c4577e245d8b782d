package org.incasso.notifications.graphql;

import java.util.List;
import org.incasso.common.FieldViolation;
import org.incasso.common.graphql.Payloads;
import org.incasso.notifications.Delivery;
import org.incasso.notifications.NotificationPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NotificationPreferenceController {

    record SetNotificationPreferenceInput(Delivery delivery) {
    }

    record SetNotificationPreferencePayload(@Nullable Delivery delivery, List<FieldViolation> errors) {
    }

    private final NotificationPreferences preferences;

    NotificationPreferenceController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @QueryMapping
    Delivery notificationPreference() {
        return preferences.mine();
    }

    @MutationMapping
    SetNotificationPreferencePayload setNotificationPreference(@Argument SetNotificationPreferenceInput input) {
        return Payloads.attempt(() -> preferences.choose(input.delivery()), SetNotificationPreferencePayload::new);
    }
}
