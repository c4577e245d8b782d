package org.incasso.persistence;

import java.util.List;
import org.incasso.common.Contact;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Contacts are a value list owned by their company, stored as a jsonb array. */
public final class ContactsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<Contact>> LIST = new TypeReference<>() {
    };

    private ContactsJson() {
    }

    public static JSONB write(List<Contact> contacts) {
        return JSONB.valueOf(MAPPER.writeValueAsString(contacts));
    }

    public static List<Contact> read(JSONB json) {
        return MAPPER.readValue(json.data(), LIST);
    }
}
