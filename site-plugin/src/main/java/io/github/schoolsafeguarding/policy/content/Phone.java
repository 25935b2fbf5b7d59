package io.github.schoolsafeguarding.policy.content;

import java.util.Optional;

/** A phone number as a reader dials it in the UK, with when it is answered. */
public record Phone(String number, Optional<String> hours, Optional<String> label) {

    /**
     * The number for a {@code tel:} link: digits only, and in international form for full UK
     * numbers, so that it also works from a phone roaming abroad. Short codes (999, 101, 116 123)
     * stay as they are, since they only work inside the UK anyway.
     */
    public String telLink() {
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.startsWith("0") && digits.length() >= 10) {
            return "tel:+44" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}
