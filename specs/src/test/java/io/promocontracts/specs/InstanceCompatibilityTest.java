package io.promocontracts.specs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.promocontracts.specs.SpecEdit.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** The compatibility check by instances catches each breaking edit, inside unions too, and flags no compatible one. */
class InstanceCompatibilityTest {

    @ParameterizedTest
    @MethodSource("io.promocontracts.specs.SpecCatalog#apis")
    void aSpecIsCompatibleWithItself(ApiSpec spec) {
        assertThat(InstanceCompatibility.between(spec.text(), spec.text())).isEmpty();
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                edit("a narrowed maxLength of a request string", ApiSpec.named("flowglad"), doc -> schema(doc, "Name").put("maxLength", 100)),
                edit("a lower maximum inside one union variant of the request", ApiSpec.named("flowglad"), doc ->
                        ((ObjectNode) schema(doc, "DiscountOnceCreate").get("properties")).putObject("amount")
                                .put("type", "integer").put("format", "int64").put("minimum", 1).put("maximum", 1000)
                                .put("description", "At most 1000.")),
                edit("a higher minimum inside another union variant of the request", ApiSpec.named("flowglad"), doc ->
                        schema(doc, "NumberOfPayments").put("minimum", 2)),
                edit("a wider response inside one union variant", ApiSpec.named("flowglad"), doc ->
                        ((ObjectNode) schema(doc, "DiscountForever").at("/properties/code")).put("$ref", "#/components/schemas/Code")),
                edit("an enum value removed from a request", ApiSpec.named("flowglad"), doc ->
                        schema(doc, "AmountType").putArray("enum").add("percent")),
                edit("a required request member that was optional", ApiSpec.named("flex"), doc ->
                        schema(doc, "PromoCodeCreate").putArray("required").add("coupon_id").add("customer")),
                edit("a wider maxLength of a member responses share: clients may now get longer names", ApiSpec.named("flowglad"),
                        doc -> schema(doc, "Name").put("maxLength", 300)),
                edit("a query parameter's maximum lowered", ApiSpec.named("flex"), doc ->
                        ((ObjectNode) doc.at("/paths/~1v1~1promo_codes/get/parameters/1/schema")).put("maximum", 50)));
    }

    @ParameterizedTest
    @MethodSource("breakingEdits")
    void breakingEditIsCaught(ApiSpec spec, String edited) {
        assertThat(InstanceCompatibility.between(spec.text(), edited)).isNotEmpty();
    }

    static Stream<Arguments> compatibleEdits() {
        return Stream.of(
                edit("a new optional request member", ApiSpec.named("flex"), doc -> ((ObjectNode) schema(doc, "PromoCodeCreate").get("properties"))
                        .putObject("note").put("type", "string").put("description", "A note.")),
                edit("a wider request-only maxLength", ApiSpec.named("flowglad"), doc -> schema(doc, "Code").put("maxLength", 30)),
                edit("a narrower response inside the union", ApiSpec.named("flowglad"), doc -> schema(doc, "StoredCode").put("maxLength", 15)),
                edit("a higher page size limit", ApiSpec.named("flex"), doc ->
                        ((ObjectNode) doc.at("/paths/~1v1~1promo_codes/get/parameters/1/schema")).put("maximum", 200)));
    }

    @ParameterizedTest
    @MethodSource("compatibleEdits")
    void compatibleEditIsNotFlagged(ApiSpec spec, String edited) {
        assertThat(InstanceCompatibility.between(spec.text(), edited)).isEmpty();
    }

    private static Arguments edit(String name, ApiSpec spec, Consumer<ObjectNode> change) {
        return argumentSet(spec + ": " + name, spec, SpecEdit.edited(spec, change));
    }
}
