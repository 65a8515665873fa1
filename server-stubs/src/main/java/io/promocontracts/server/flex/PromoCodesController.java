package io.promocontracts.server.flex;

import io.promocontracts.server.web.CurrentCaller;
import io.promocontracts.server.flex.api.PromoCodesApi;
import io.promocontracts.server.flex.api.model.CreatePromoCodeRequest;
import io.promocontracts.server.flex.api.model.PromoCodeList;
import io.promocontracts.server.flex.api.model.PromoCodeResponse;
import io.promocontracts.server.flex.api.model.UpdatePromoCodeRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PromoCodesController implements PromoCodesApi {

    private final PromoCodeService service;
    private final CurrentCaller caller;

    public PromoCodesController(PromoCodeService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<PromoCodeResponse> createPromoCode(CreatePromoCodeRequest request) {
        PromoCodeRecord created = service.create(caller.get(), PromoCodeMapper.toNewPromoCode(request.getPromoCode()));
        return ResponseEntity.ok(PromoCodeMapper.toResponse(created));
    }

    @Override
    public ResponseEntity<PromoCodeResponse> retrievePromoCode(String id) {
        return ResponseEntity.ok(PromoCodeMapper.toResponse(service.retrieve(caller.get(), id)));
    }

    @Override
    public ResponseEntity<PromoCodeResponse> updatePromoCode(String id, UpdatePromoCodeRequest request) {
        PromoCodeRecord updated = service.update(caller.get(), id, PromoCodeMapper.toChange(request.getPromoCode()));
        return ResponseEntity.ok(PromoCodeMapper.toResponse(updated));
    }

    @Override
    public ResponseEntity<PromoCodeList> listPromoCodes(Boolean active, Integer limit, String startingAfter) {
        return ResponseEntity.ok(PromoCodeMapper.toList(service.list(caller.get(), active, limit, startingAfter)));
    }
}
