package org.incasso.common;

import org.jspecify.annotations.Nullable;

/** A contact person at a company. */
public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone) {

    public Contact normalized() {
        return new Contact(Text.clean(name), Text.clean(email), Text.clean(phone));
    }

    public void validate(String path, Violations violations) {
        violations.requiredText(path + ".name", name, 200)
                .optionalEmail(path + ".email", email)
                .optionalText(path + ".phone", phone, 50);
        if (phone != null && !phone.matches("^[+0-9 ()./-]*$")) {
            violations.add(path + ".phone", ErrorCode.INVALID_FORMAT, "may contain digits, spaces and + ( ) . / - only");
        }
    }
}
