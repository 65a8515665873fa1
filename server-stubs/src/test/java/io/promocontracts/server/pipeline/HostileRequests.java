package io.promocontracts.server.pipeline;

import io.promocontracts.server.flex.api.CouponsApi;
import io.promocontracts.server.flex.api.PromoCodesApi;
import io.promocontracts.server.flowglad.api.DiscountsApi;
import io.promocontracts.testkit.DemoKeys;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input corpus: malformed and hostile requests, each with the status it must get and
 * what its answer must name. {@link HostileInputTest} sends each and checks its answer;
 * {@code LogFloodTest} sends them all many times and measures what they write to the log.
 */
final class HostileRequests {

    private static final String JSON = "application/json";
    private static final String VALID_PROMO = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"HOSTILE1\"}}";
    private static final String VALID_COUPON = "{\"coupon\":{\"name\":\"Hostile\",\"percent_off\":5,\"duration\":\"once\"}}";
    private static final String VALID_DISCOUNT = "{\"discount\":{\"name\":\"n\",\"code\":\"HOSTILE1\",\"amount\":1,"
            + "\"amountType\":\"fixed\",\"duration\":\"once\"}}";

    /** A create the corpus breaks: its path and the demo key's {@code Authorization}. */
    enum Target {
        FLEX_PROMO_CODE(PromoCodesApi.PATH_CREATE_PROMO_CODE, "Bearer " + DemoKeys.FLEX_ACME_TEST),
        FLEX_COUPON(CouponsApi.PATH_CREATE_COUPON, "Bearer " + DemoKeys.FLEX_ACME_TEST),
        FLOWGLAD_DISCOUNT(DiscountsApi.PATH_CREATE_DISCOUNT, DemoKeys.FLOWGLAD_ACME_TEST);

        final String path;
        final String authorization;

        Target(String path, String authorization) {
            this.path = path;
            this.authorization = authorization;
        }
    }

    /**
     * One hostile request: a body sent to a create, with the {@code Authorization} values given
     * (none, one or two), the status it must get and a text its answer must hold (the member it
     * names, or what the whole body lacks).
     */
    record HostileRequest(String name, Target target, List<String> authorization, String contentType, byte[] body, int status,
                          String names) {

        @Override
        public String toString() {
            return target + ": " + name;
        }
    }

    private HostileRequests() {
    }

    static List<HostileRequest> bodies() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Target target : List.of(Target.FLEX_PROMO_CODE, Target.FLOWGLAD_DISCOUNT)) {
            boolean flex = target == Target.FLEX_PROMO_CODE;
            String valid = flex ? VALID_PROMO : VALID_DISCOUNT;
            String wrapper = flex ? "promo_code" : "discount";
            String code = wrapper + ".code";
            String number = flex ? "promo_code.max_redemptions" : "discount.amount";
            cases.add(hostile(target, "empty body", JSON, "", 400, "body"));
            cases.add(hostile(target, "not JSON", JSON, "code=SUMMER", 400, "not valid JSON"));
            cases.add(hostile(target, "truncated JSON", JSON, valid.substring(0, valid.length() - 3), 400, "not valid JSON"));
            cases.add(hostile(target, "JSON null", JSON, "null", 400, "body"));
            cases.add(hostile(target, "array", JSON, "[" + valid + "]", 400, "body"));
            cases.add(hostile(target, "string", JSON, "\"hello\"", 400, "body"));
            cases.add(hostile(target, "empty object", JSON, "{}", 400, wrapper));
            cases.add(hostile(target, "null wrapper", JSON, "{\"" + wrapper + "\":null}", 400, wrapper));
            cases.add(hostile(target, "unknown top-level field", JSON, valid.replaceFirst("^\\{", "{\"extra\":1,"), 400, "extra"));
            // Longer than the parser's own limit for a name (50,000) is no JSON; this one is parsed and refused.
            cases.add(hostile(target, "an unknown member named with 45,000 characters", JSON,
                    valid.replace("}}", ",\"" + "x".repeat(45_000) + "\":1}}"), 400, flex ? wrapper : "unrecognized_keys"));
            cases.add(hostile(target, "code as a number", JSON, valid.replace("\"HOSTILE1\"", "12345"), 400, code));
            cases.add(hostile(target, "code null", JSON, valid.replace("\"HOSTILE1\"", "null"), 400, code));
            cases.add(hostile(target, "code an object", JSON, valid.replace("\"HOSTILE1\"", "{\"$gt\":\"\"}"), 400, code));
            cases.add(hostile(target, "SQL in the code", JSON, valid.replace("HOSTILE1", "x'; DROP TABLE api_key; --"), 400, code));
            cases.add(hostile(target, "huge string", JSON, valid.replace("HOSTILE1", "A".repeat(60_000)), 400, code));
            cases.add(hostile(target, "over the size limit", JSON, valid.replace("HOSTILE1", "A".repeat(70_000)), 413, "65536"));
            cases.add(hostile(target, "deep nesting", JSON, valid.replace("\"HOSTILE1\"", "[".repeat(5_000) + "]".repeat(5_000)), 400,
                    "not valid JSON"));
            cases.add(hostile(target, "huge number", JSON,
                    flex ? valid.replace("}}", ",\"max_redemptions\":1e400}}") : valid.replace("\"amount\":1", "\"amount\":1e400"), 400, number));
            cases.add(hostile(target, "integer overflow", JSON, flex ? valid.replace("}}", ",\"max_redemptions\":4294967296}}")
                    : valid.replace("\"amount\":1", "\"amount\":99999999999999999999"), 400, number));
            cases.add(hostile(target, "an unpaired surrogate escape", JSON, valid.replace("HOSTILE1", "HOST\\uD800ILE"), 400, code));
            cases.add(hostile(target, "NUL in a string", JSON, valid.replace("HOSTILE1", "HOST\\u0000ILE"), 400, code));
            cases.add(hostile(target, "a decimal a double would round to an integer", JSON,
                    flex ? valid.replace("}}", ",\"max_redemptions\":0.99999999999999999}}")
                            : valid.replace("\"amount\":1", "\"amount\":0.99999999999999999"), 400, number));
            cases.add(hostile(target, "trailing text after the JSON", JSON, valid + " and more", 400, "not valid JSON"));
            cases.add(hostile(target, "a second JSON value", JSON, valid + valid, 400, "not valid JSON"));
            for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
                    Charset.forName("UTF-32BE"))) {
                cases.add(new HostileRequest("the body in " + charset, target, List.of(target.authorization), JSON,
                        valid.getBytes(charset), 400, "not valid JSON"));
            }
            cases.add(new HostileRequest("two Authorization headers", target, List.of(target.authorization, target.authorization),
                    JSON, valid.getBytes(StandardCharsets.UTF_8), 400, "Authorization"));
            cases.add(hostile(target, "form body", "application/x-www-form-urlencoded", "code=SUMMER", 415, JSON));
            cases.add(hostile(target, "text body", "text/plain", valid, 415, JSON));
            cases.add(hostile(target, "no content type", null, valid, 415, JSON));
            cases.add(hostile(target, "a charset other than UTF-8", "application/json; charset=ISO-8859-1", valid, 415, "UTF-8"));
        }
        // Flowglad's codes have no pattern (any text of 3 to 20 characters after upper-casing, as the vendor's): only Flex's refuse this.
        cases.add(hostile(Target.FLEX_PROMO_CODE, "a code ending in a line break", JSON, VALID_PROMO.replace("HOSTILE1", "HOSTILE1\\n"), 400,
                "promo_code.code"));
        cases.add(hostile(Target.FLEX_PROMO_CODE, "metadata value over 500 characters", JSON,
                VALID_PROMO.replace("}}", ",\"metadata\":{\"k\":\"" + "é".repeat(501) + "\"}}}"), 400, "promo_code.metadata"));
        cases.add(hostile(Target.FLEX_COUPON, "a product id of 65,000 characters", JSON,
                VALID_COUPON.replace("}}", ",\"applies_to\":{\"products\":[\"" + "p".repeat(65_000) + "\"]}}}"), 400,
                "coupon.applies_to.products.0"));
        cases.add(hostile(Target.FLEX_COUPON, "101 product ids", JSON, VALID_COUPON.replace("}}", ",\"applies_to\":{\"products\":["
                + String.join(",", java.util.Collections.nCopies(101, "\"prod_1\"")) + "]}}}"), 400, "coupon.applies_to.products"));
        cases.add(hostile(Target.FLEX_COUPON, "percent_off 1e-400, which a float would hold as 0", JSON,
                VALID_COUPON.replace("\"percent_off\":5", "\"percent_off\":1e-400"), 400, "coupon.percent_off"));
        cases.add(hostile(Target.FLEX_COUPON, "a name of 256 emoji", JSON,
                VALID_COUPON.replace("\"Hostile\"", "\"" + "\uD83D\uDE00".repeat(256) + "\""), 400, "coupon.name"));
        cases.add(hostile(Target.FLOWGLAD_DISCOUNT, "duration missing", JSON,
                VALID_DISCOUNT.replace(",\"duration\":\"once\"", ""), 400, "discount.duration: Required\""));
        cases.add(hostile(Target.FLOWGLAD_DISCOUNT, "duration naming no variant", JSON,
                VALID_DISCOUNT.replace("\"once\"", "\"weekly\""), 400, "Expected 'once' | 'number_of_payments' | 'forever'"));
        cases.add(hostile(Target.FLOWGLAD_DISCOUNT, "duration a number", JSON,
                VALID_DISCOUNT.replace("\"once\"", "5"), 400, "discount.duration: Invalid discriminator value"));
        cases.add(hostile(Target.FLOWGLAD_DISCOUNT, "numberOfPayments on a once discount", JSON,
                VALID_DISCOUNT.replace("}}", ",\"numberOfPayments\":3}}"), 400, "discount.numberOfPayments"));
        cases.add(hostile(Target.FLOWGLAD_DISCOUNT, "code too long after upper-casing", JSON,
                VALID_DISCOUNT.replace("HOSTILE1", "ß".repeat(11)), 400, "discount.code"));
        return cases;
    }

    /** Queries a client library would not send (a malformed % escape) and cursors that decode to nonsense: each a 400. */
    static List<String> queries() {
        return List.of("/v1/promo_codes?limit=%zz", "/v1/promo_codes?active=%", "/api/v1/discounts?limit=%zz",
                "/api/v1/discounts?cursor=KzEwMDAwLTAxLTAxVDAwOjAwOjAwWnxkaXNjb3VudF9BQUFBQUFBQUFBQUFBQUFBQUFBQUE",
                "/api/v1/discounts?cursor=MjAyNS0wMS0wMVQwMDowMDowMFp8AA",
                "/v1/promo_codes?starting_after=fpromo_01jvajb0gcvgxn5d42cqjjmf41%0A");
    }

    private static HostileRequest hostile(Target target, String name, String contentType, String body, int status, String names) {
        return new HostileRequest(name, target, List.of(target.authorization), contentType, body.getBytes(StandardCharsets.UTF_8),
                status, names);
    }
}
