package io.promocontracts.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Serves Flex's promo codes under {@code /v1/} and Flowglad's discounts under {@code /api/v1/}. */
@SpringBootApplication
public class PromoContractsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PromoContractsApplication.class, args);
    }
}
