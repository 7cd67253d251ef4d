package de.servicebot.bot.orders;

import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An order as the ERP posts it:
 *
 * <pre>{@code
 * {"number": "AB-2026-0815", "customerNumber": "K-10001",
 *  "agreements": "Einweisung 2 h kostenlos (zugesagt von der Geschäftsleitung)",
 *  "agreedDate": "2026-12-01T08:00",
 *  "positions": [{"article": "Dell Latitude 5550", "quantity": 3, "unit": "Stück"}]}
 * }</pre>
 */
record OrderJson(String number, String customerNumber, String agreements, String agreedDate, List<Position> positions) {

    record Position(String article, BigDecimal quantity, String unit) {}

    /** The order for core, which checks every field and refuses with the first thing wrong. */
    NewOrder toNewOrder() {
        List<OrderPosition> checked = positions == null
                ? List.of()
                : positions.stream()
                        .map(p -> p == null
                                ? new OrderPosition("", BigDecimal.ONE, "")
                                : new OrderPosition(p.article(), p.quantity(), p.unit()))
                        .toList();
        return new NewOrder(number, customerNumber, checked, agreements, agreed());
    }

    /** The date agreed with the customer, local time of the company, as {@code 2026-12-01T08:00}; optional. */
    private Optional<LocalDateTime> agreed() {
        if (agreedDate == null || agreedDate.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(agreedDate.strip()));
        } catch (DateTimeParseException e) {
            throw new DomainException("order.agreed-date-invalid", agreedDate.strip());
        }
    }
}
