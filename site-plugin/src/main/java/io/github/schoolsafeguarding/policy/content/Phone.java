package io.github.schoolsafeguarding.policy.content;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Optional;
import java.util.regex.Pattern;

/** A phone number as a reader dials it in the UK, with when it is answered. */
public record Phone(String number, Optional<String> hours, Optional<String> label) {

    private static final String UK = "GB";
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?i)\\b24 hours\\b|\\b24/7\\b");
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT_NUMBERS = ShortNumberInfo.getInstance();

    /**
     * Whether the number is one a reader in the UK can dial: a full number that the UK numbering
     * plan allocates (so a number with a digit missing is not), or a short code such as 999, 101 or
     * 116 123.
     */
    public boolean isDiallableInTheUk() {
        return parsed().filter(parsed -> NUMBERS.isValidNumberForRegion(parsed, UK)
                || SHORT_NUMBERS.isValidShortNumberForRegion(parsed, UK)).isPresent();
    }

    /**
     * Whether the number is answered at any hour, as its {@code hours:} say in so many words ("24
     * hours a day, every day"). A number without hours is not taken to be: nobody has said so.
     */
    public boolean isRoundTheClock() {
        return hours.filter(text -> ROUND_THE_CLOCK.matcher(text).find()).isPresent();
    }

    /**
     * The number for a {@code tel:} link: in international form for full UK numbers, so that it also
     * works from a phone roaming abroad; short codes stay as they are, since they only work inside
     * the UK anyway.
     */
    public String telLink() {
        return parsed().filter(parsed -> NUMBERS.isValidNumberForRegion(parsed, UK))
                .map(parsed -> "tel:" + NUMBERS.format(parsed, PhoneNumberFormat.E164))
                .orElse("tel:" + number.replaceAll("[^0-9+]", ""));
    }

    /**
     * The number as the UK numbering plan groups its digits ({@code 0808 800 5000}), for a full
     * number; empty for a short code, whose grouping (116 123) the plan leaves to the service.
     */
    public Optional<String> ukFormat() {
        return parsed().filter(parsed -> NUMBERS.isValidNumberForRegion(parsed, UK))
                .map(parsed -> NUMBERS.format(parsed, PhoneNumberFormat.NATIONAL));
    }

    private Optional<PhoneNumber> parsed() {
        try {
            return Optional.of(NUMBERS.parse(number, UK));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
