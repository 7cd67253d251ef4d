package de.servicebot.core.stock;

import java.util.List;
import java.util.Optional;

/** The hand-offs to the back office. */
public interface StockRequestRepository {

    /** Stores it; {@code common.concurrent-change} when someone else saved it in the meantime. */
    StockRequest save(StockRequest request);

    Optional<StockRequest> findById(StockRequestId id);

    /** The ones not booked yet, oldest first, at most {@code limit}. */
    List<StockRequest> waiting(int limit);
}
