package de.servicebot.core.shared;

import java.util.regex.Pattern;

/** Guards for free text typed by users: required, trimmed, and of a length a person can read. */
public final class Texts {

    public static final int MAX_PHONE = 40;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/\\-]*");

    private Texts() {}

    /** The trimmed text; throws {@code missingCode} when it is blank and {@code tooLongCode} beyond {@code max}. */
    public static String required(String text, int max, String missingCode, String tooLongCode) {
        DomainException.require(text != null && !text.isBlank(), missingCode);
        return limited(text.trim(), max, tooLongCode);
    }

    /** The trimmed text or an empty string; throws {@code tooLongCode} beyond {@code max}. */
    public static String optional(String text, int max, String tooLongCode) {
        return text == null ? "" : limited(text.trim(), max, tooLongCode);
    }

    /**
     * A phone number as people type it ({@code +49 89 123456-0}, {@code (089) 12 34}) or an empty string; throws
     * {@code invalidCode} for anything else and {@code tooLongCode} beyond 40 characters.
     */
    public static String phone(String text, String invalidCode, String tooLongCode) {
        String phone = optional(text, MAX_PHONE, tooLongCode);
        DomainException.require(PHONE.matcher(phone).matches(), invalidCode, phone);
        return phone;
    }

    private static String limited(String text, int max, String tooLongCode) {
        DomainException.require(text.length() <= max, tooLongCode, max);
        return text;
    }
}
