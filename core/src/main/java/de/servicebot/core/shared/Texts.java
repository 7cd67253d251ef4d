package de.servicebot.core.shared;

import java.util.regex.Pattern;

/** Guards for free text typed by users: required, trimmed, and of a length a person can read. */
public final class Texts {

    public static final int MAX_PHONE = 40;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/\\-]*");

    private Texts() {}

    /** The trimmed text; throws {@code code} when it is blank and {@code code-too-long} beyond {@code max}. */
    public static String required(String text, int max, String code) {
        DomainException.require(text != null && !text.isBlank(), code);
        return limited(text.trim(), max, code);
    }

    /** The trimmed text or an empty string; throws {@code code-too-long} beyond {@code max}. */
    public static String optional(String text, int max, String code) {
        return text == null ? "" : limited(text.trim(), max, code);
    }

    /**
     * A phone number as people type it ({@code +49 89 123456-0}, {@code (089) 12 34}) or an empty string; throws
     * {@code code-invalid} for anything else and {@code code-too-long} beyond 40 characters.
     */
    public static String phone(String text, String code) {
        String phone = optional(text, MAX_PHONE, code);
        DomainException.require(PHONE.matcher(phone).matches(), code + "-invalid", phone);
        return phone;
    }

    private static String limited(String text, int max, String code) {
        DomainException.require(text.length() <= max, code + "-too-long", max);
        return text;
    }
}
