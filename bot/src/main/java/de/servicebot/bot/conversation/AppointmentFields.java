package de.servicebot.bot.conversation;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.ticket.Appointment;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The appointment as every form asks for it (forwarding, the appointment form): date, time, and on site or remote,
 * prefilled with the one agreed; and the field each refusal about it belongs to.
 */
public final class AppointmentFields {

    public static final String DATE = "appointmentDate";
    public static final String TIME = "appointmentTime";
    public static final String VISIT = "appointmentVisit";

    /** Which field a refusal about the appointment is shown at. */
    public static final Map<String, String> REFUSALS = Map.of(
            "ticket.appointment-in-past", DATE,
            "ticket.appointment-unchanged", DATE,
            "form.appointment-incomplete", TIME,
            "form.date-invalid", DATE,
            "form.time-invalid", TIME,
            "form.visit-invalid", VISIT);

    private AppointmentFields() {}

    /** A form's refusals by field together with those about its appointment. */
    public static Map<String, String> refusalsWith(Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.putAll(REFUSALS);
        return Map.copyOf(all);
    }

    /** Date, time and where, holding the current appointment; required when the form is about nothing else. */
    public static List<FormView.Field> fields(Say say, Optional<Appointment> current, boolean required) {
        List<FormView.Option> visits = Arrays.stream(Appointment.Visit.values())
                .map(visit -> new FormView.Option(visit.name(), say.text("enum.Visit." + visit.name())))
                .toList();
        return List.of(
                say.field(
                        DATE,
                        FormView.Kind.DATE,
                        current.map(a -> a.start().toLocalDate().toString()).orElse(""),
                        required),
                say.field(
                        TIME,
                        FormView.Kind.TIME,
                        current.map(a -> a.start().toLocalTime().toString()).orElse(""),
                        required),
                say.choice(
                        VISIT,
                        current.map(a -> a.visit().name()).orElse(Appointment.Visit.ON_SITE.name()),
                        true,
                        visits));
    }

    /**
     * The appointment the inputs ask for; empty when neither date nor time was given, refused when only one of them
     * was. Without a choice of where, the work is on site.
     */
    public static Optional<Appointment> read(Inputs inputs) {
        var date = inputs.date(DATE);
        var time = inputs.time(TIME);
        if (date.isEmpty() && time.isEmpty()) {
            return Optional.empty();
        }
        if (date.isEmpty() || time.isEmpty()) {
            throw new DomainException("form.appointment-incomplete");
        }
        return Optional.of(new Appointment(LocalDateTime.of(date.get(), time.get()), visit(inputs.text(VISIT))));
    }

    private static Appointment.Visit visit(String typed) {
        if (typed.isEmpty()) {
            return Appointment.Visit.ON_SITE;
        }
        return Arrays.stream(Appointment.Visit.values())
                .filter(visit -> visit.name().equals(typed))
                .findFirst()
                .orElseThrow(() -> new DomainException("form.visit-invalid"));
    }

    /** The appointment as the person reads it on a card: {@code Donnerstag, 27.11.2026, 10:00 Uhr, vor Ort}. */
    public static String describe(Appointment appointment, Say say) {
        return appointment.describe(say.language());
    }
}
