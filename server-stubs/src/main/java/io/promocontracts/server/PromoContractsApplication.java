package io.promocontracts.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Serves Flex's {@code POST /v1/promo_codes} and Flowglad's {@code POST /api/v1/discounts}. */
@SpringBootApplication
public class PromoContractsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PromoContractsApplication.class, args);
    }
}
