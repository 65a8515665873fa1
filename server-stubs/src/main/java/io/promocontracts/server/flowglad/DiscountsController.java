package io.promocontracts.server.flowglad;

import io.promocontracts.server.web.CurrentCaller;
import io.promocontracts.server.flowglad.api.DiscountsApi;
import io.promocontracts.server.flowglad.api.model.CreateDiscountRequest;
import io.promocontracts.server.flowglad.api.model.DiscountList;
import io.promocontracts.server.flowglad.api.model.DiscountResponse;
import io.promocontracts.server.flowglad.api.model.UpdateDiscountRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DiscountsController implements DiscountsApi {

    private final DiscountService service;
    private final CurrentCaller caller;

    public DiscountsController(DiscountService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<DiscountResponse> createDiscount(CreateDiscountRequest request) {
        DiscountRecord created = service.create(caller.get(), DiscountMapper.toNewDiscount(request.getDiscount()));
        return ResponseEntity.ok(DiscountMapper.toResponse(created));
    }

    @Override
    public ResponseEntity<DiscountResponse> getDiscount(String id) {
        return ResponseEntity.ok(DiscountMapper.toResponse(service.get(caller.get(), id)));
    }

    @Override
    public ResponseEntity<DiscountResponse> updateDiscount(String id, UpdateDiscountRequest request) {
        DiscountRecord updated = service.update(caller.get(), id, DiscountMapper.toChange(request.getDiscount()));
        return ResponseEntity.ok(DiscountMapper.toResponse(updated));
    }

    @Override
    public ResponseEntity<DiscountList> listDiscounts(String cursor, Integer limit) {
        return ResponseEntity.ok(DiscountMapper.toList(service.list(caller.get(), cursor, limit)));
    }
}
