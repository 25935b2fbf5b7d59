package io.github.schoolsafeguarding.policy.check;

import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * Whether a web or e-mail address is well formed, by Apache Commons Validator's reading of the RFCs
 * and its list of top-level domains: one place, so contacts and links are held to the same test.
 */
public final class Addresses {

    /** Only http and https: a reader opens these in a browser, so no ftp: or javascript: slips through. */
    private static final UrlValidator WEB = new UrlValidator(new String[] {"https", "http"});

    private Addresses() {}

    public static boolean isWebAddress(String address) {
        return WEB.isValid(address);
    }

    public static boolean isEmail(String address) {
        return EmailValidator.getInstance().isValid(address);
    }

    /** Whether {@code address} starts {@code https://}, as a page readers are sent to in haste must. */
    public static boolean isSecureWebAddress(String address) {
        return isWebAddress(address) && address.startsWith("https://");
    }

    /** A domain name alone, such as {@code nhs.net}: the part of an e-mail address after its {@code @}. */
    public static boolean isDomain(String name) {
        return DomainValidator.getInstance().isValid(name);
    }
}
