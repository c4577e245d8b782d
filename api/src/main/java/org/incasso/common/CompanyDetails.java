package org.incasso.common;

import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** What creditors and debtors have in common: the company, its address and its contacts. */
public record CompanyDetails(@Nullable String name, @Nullable String registrationNumber,
        @Nullable String vatNumber, @Nullable Address address, @Nullable List<Contact> contacts) {

    public static final int MAX_CONTACTS = 20;

    public CompanyDetails normalized() {
        return new CompanyDetails(Text.clean(name), Text.clean(registrationNumber), Text.upper(vatNumber),
                address == null ? null : address.normalized(),
                contacts == null ? List.of() : contacts.stream().map(Contact::normalized).toList());
    }

    public void validate(Violations violations) {
        violations.requiredText("name", name, 200)
                .optionalText("registrationNumber", registrationNumber, 50)
                .optionalText("vatNumber", vatNumber, 50);
        if (address == null) {
            violations.add("address", ErrorCode.REQUIRED, "is required");
        } else {
            address.validate("address", violations);
        }
        List<Contact> list = contacts == null ? List.of() : contacts;
        if (list.size() > MAX_CONTACTS) {
            violations.add("contacts", ErrorCode.OUT_OF_RANGE, "at most " + MAX_CONTACTS + " contacts");
        }
        IntStream.range(0, list.size()).forEach(i -> list.get(i).validate("contacts[" + i + "]", violations));
    }

    /** The country of the address; only valid after {@link #validate}. */
    public String country() {
        return java.util.Objects.requireNonNull(address).country();
    }
}
