package de.servicebot.core.order;

import de.servicebot.core.shared.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An order as the ERP sends it: its number, the customer's number, the positions and the agreements between customer
 * and management that the order itself does not show (Absprachen), which must reach every ticket made from it, and
 * the date agreed with the customer for the work, if there is one (it can become the tickets' appointment).
 */
public record NewOrder(
        String number,
        String customerNumber,
        List<OrderPosition> positions,
        String agreements,
        Optional<LocalDateTime> agreedDate) {

    public static final int MAX_POSITIONS = 500;
    public static final int MAX_AGREEMENTS = 4000;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    public NewOrder {
        number = number == null ? "" : number.strip();
        customerNumber = customerNumber == null ? "" : customerNumber.strip();
        agreements = agreements == null ? "" : agreements.strip();
        DomainException.require(!number.isEmpty(), "order.number-missing");
        DomainException.require(NUMBER.matcher(number).matches(), "order.number-invalid", number);
        DomainException.require(!customerNumber.isEmpty(), "order.customer-missing");
        DomainException.require(positions != null && !positions.isEmpty(), "order.positions-missing");
        DomainException.require(positions.size() <= MAX_POSITIONS, "order.too-many-positions", MAX_POSITIONS);
        DomainException.require(agreements.length() <= MAX_AGREEMENTS, "order.agreements-too-long", MAX_AGREEMENTS);
        positions = List.copyOf(positions);
        agreedDate = agreedDate == null ? Optional.empty() : agreedDate;
    }

    /** An order without an agreed date. */
    public NewOrder(String number, String customerNumber, List<OrderPosition> positions, String agreements) {
        this(number, customerNumber, positions, agreements, Optional.empty());
    }
}
