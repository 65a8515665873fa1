package io.promocontracts.server.flowglad;

import io.promocontracts.server.flowglad.api.DiscountsApi;
import io.promocontracts.server.flowglad.api.model.CreateDiscountRequest;
import io.promocontracts.server.flowglad.api.model.DiscountList;
import io.promocontracts.server.flowglad.api.model.DiscountResponse;
import io.promocontracts.server.flowglad.api.model.RetrievedDiscountResponse;
import io.promocontracts.server.flowglad.api.model.UpdateDiscountRequest;
import io.promocontracts.server.pipeline.CurrentRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DiscountsController implements DiscountsApi {

    private final DiscountService service;
    private final CurrentRequest current;

    public DiscountsController(DiscountService service, CurrentRequest current) {
        this.service = service;
        this.current = current;
    }

    @Override
    public ResponseEntity<DiscountResponse> createDiscount(CreateDiscountRequest request, String idempotencyKey) {
        DiscountRecord created = service.create(current.caller(), current.idempotencyKey(idempotencyKey),
                DiscountMapper.toNewDiscount(request.getDiscount()));
        return ResponseEntity.ok(DiscountMapper.toResponse(created));
    }

    @Override
    public ResponseEntity<RetrievedDiscountResponse> getDiscount(String id) {
        return ResponseEntity.ok(DiscountMapper.toRetrieved(service.get(current.caller(), id)));
    }

    @Override
    public ResponseEntity<DiscountResponse> updateDiscount(String id, UpdateDiscountRequest request) {
        DiscountRecord updated = service.update(current.caller(), id, DiscountMapper.toChange(request.getDiscount()));
        return ResponseEntity.ok(DiscountMapper.toResponse(updated));
    }

    @Override
    public ResponseEntity<DiscountList> listDiscounts(String cursor, Integer limit) {
        return ResponseEntity.ok(DiscountMapper.toList(service.list(current.caller(), cursor, limit)));
    }
}
