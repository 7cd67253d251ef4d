package de.servicebot.core.call;

import java.util.Optional;

/** A logged call and the name of the person who is told about it, if anyone is. */
public record LoggedCall(CallLog call, Optional<String> notified) {}
