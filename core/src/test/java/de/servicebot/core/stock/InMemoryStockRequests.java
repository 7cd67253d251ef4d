package de.servicebot.core.stock;

import de.servicebot.core.shared.VersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryStockRequests implements StockRequestRepository {

    private final VersionedStore<StockRequestId, StockRequest> store = new VersionedStore<>(StockRequest::withVersion);

    @Override
    public StockRequest save(StockRequest request) {
        return store.save(request.id(), request);
    }

    @Override
    public Optional<StockRequest> findById(StockRequestId id) {
        return store.find(id);
    }

    @Override
    public List<StockRequest> waiting(int limit) {
        return store.all().stream()
                .filter(StockRequest::waiting)
                .sorted(Comparator.comparing(StockRequest::requestedAt).thenComparing(r -> r.id().value()))
                .limit(limit)
                .toList();
    }
}
