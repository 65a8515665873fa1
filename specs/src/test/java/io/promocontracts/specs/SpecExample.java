package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example found in a spec: where it stands, its value, and the schema it must satisfy.
 *
 * @param location      JSON pointer of the example value in the document
 * @param value         the example value
 * @param schemaPointer JSON pointer of the schema the value must satisfy
 * @param published     the example's {@code x-published} marker, or null when it is not taken from a vendor page
 */
record SpecExample(ApiSpec spec, String location, JsonNode value, String schemaPointer, JsonNode published) {

    @Override
    public String toString() {
        return spec + " " + location;
    }
}
