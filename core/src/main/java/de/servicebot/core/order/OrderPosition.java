package de.servicebot.core.order;

import de.servicebot.core.shared.DomainException;
import java.math.BigDecimal;

/**
 * One position of an order: the article, how many, and the packaging unit (Verpackungseinheit) the quantity counts,
 * such as "Stück" or "Karton à 10".
 */
public record OrderPosition(String article, BigDecimal quantity, String unit) {

    public static final int MAX_ARTICLE = 300;
    public static final int MAX_UNIT = 40;

    public OrderPosition {
        article = article == null ? "" : article.strip();
        unit = unit == null ? "" : unit.strip();
        DomainException.require(!article.isEmpty(), "order.article-missing");
        DomainException.require(article.length() <= MAX_ARTICLE, "order.article-too-long", MAX_ARTICLE);
        DomainException.require(quantity != null && quantity.signum() > 0, "order.quantity-invalid", article);
        DomainException.require(
                quantity.scale() <= 3 && quantity.precision() - quantity.scale() <= 9,
                "order.quantity-invalid",
                article);
        DomainException.require(!unit.isEmpty(), "order.unit-missing", article);
        DomainException.require(unit.length() <= MAX_UNIT, "order.unit-too-long", MAX_UNIT);
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }
}
