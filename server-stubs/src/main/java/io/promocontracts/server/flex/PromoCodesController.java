package io.promocontracts.server.flex;

import io.promocontracts.server.flex.api.PromoCodesApi;
import io.promocontracts.server.flex.api.model.CreatePromoCodeRequest;
import io.promocontracts.server.flex.api.model.PromoCodeList;
import io.promocontracts.server.flex.api.model.PromoCodeResponse;
import io.promocontracts.server.flex.api.model.UpdatePromoCodeRequest;
import io.promocontracts.server.pipeline.CurrentRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PromoCodesController implements PromoCodesApi {

    private final PromoCodeService service;
    private final CurrentRequest current;

    public PromoCodesController(PromoCodeService service, CurrentRequest current) {
        this.service = service;
        this.current = current;
    }

    @Override
    public ResponseEntity<PromoCodeResponse> createPromoCode(CreatePromoCodeRequest request, String idempotencyKey) {
        PromoCodeRecord created = service.create(current.caller(), current.idempotencyKey(idempotencyKey),
                PromoCodeMapper.toNewPromoCode(request.getPromoCode()));
        return ResponseEntity.ok(PromoCodeMapper.toResponse(created));
    }

    @Override
    public ResponseEntity<PromoCodeResponse> retrievePromoCode(String id) {
        return ResponseEntity.ok(PromoCodeMapper.toResponse(service.retrieve(current.caller(), id)));
    }

    @Override
    public ResponseEntity<PromoCodeResponse> updatePromoCode(String id, UpdatePromoCodeRequest request) {
        PromoCodeRecord updated = service.update(current.caller(), id, PromoCodeMapper.toChange(request.getPromoCode()));
        return ResponseEntity.ok(PromoCodeMapper.toResponse(updated));
    }

    @Override
    public ResponseEntity<PromoCodeList> listPromoCodes(Boolean active, Integer limit, String startingAfter) {
        return ResponseEntity.ok(PromoCodeMapper.toList(service.list(current.caller(), active, limit, startingAfter)));
    }
}
