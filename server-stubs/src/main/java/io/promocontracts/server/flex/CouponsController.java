package io.promocontracts.server.flex;

import io.promocontracts.server.flex.api.CouponsApi;
import io.promocontracts.server.flex.api.model.CouponList;
import io.promocontracts.server.flex.api.model.CouponResponse;
import io.promocontracts.server.flex.api.model.CreateCouponRequest;
import io.promocontracts.server.pipeline.CurrentRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CouponsController implements CouponsApi {

    private final CouponService service;
    private final CurrentRequest current;

    public CouponsController(CouponService service, CurrentRequest current) {
        this.service = service;
        this.current = current;
    }

    @Override
    public ResponseEntity<CouponResponse> createCoupon(CreateCouponRequest request, String idempotencyKey) {
        CouponRecord created = service.create(current.caller(), current.idempotencyKey(idempotencyKey),
                CouponMapper.toNewCoupon(request.getCoupon()));
        return ResponseEntity.ok(CouponMapper.toResponse(created));
    }

    @Override
    public ResponseEntity<CouponResponse> retrieveCoupon(String id) {
        return ResponseEntity.ok(CouponMapper.toResponse(service.retrieve(current.caller(), id)));
    }

    @Override
    public ResponseEntity<CouponList> listCoupons(Integer limit, String startingAfter) {
        return ResponseEntity.ok(CouponMapper.toList(service.list(current.caller(), limit, startingAfter)));
    }
}
