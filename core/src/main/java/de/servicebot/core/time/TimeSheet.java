package de.servicebot.core.time;

import java.util.List;
import java.util.Locale;

/** A ticket's time entries, oldest work first, with their total. */
public record TimeSheet(List<TimeEntry> entries) {

    public TimeSheet {
        entries = List.copyOf(entries);
    }

    public int totalMinutes() {
        return entries.stream().mapToInt(e -> e.work().duration().minutes()).sum();
    }

    /** The total as staff write it: {@code 2:15}. */
    public String formattedTotal() {
        int total = totalMinutes();
        return String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
