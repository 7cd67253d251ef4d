package de.servicebot.core.checklist;

import de.servicebot.core.staff.StaffId;
import java.time.Instant;

/** A tick taken back, with the reason; kept for the audit. */
public record Untick(int position, Tick undone, StaffId by, Instant at, String reason) {}
