package io.promocontracts.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Turns a documented response example into a Pact body. Values the server generates are matched
 * by the spec's pattern; in a success, everything else is matched exactly (it is what the caller
 * sent or what the provider state holds). In an error, only the error code is exact and the rest
 * (messages, issues) is matched by type, since wording is not part of the contract.
 */
final class PactBodies {

    private PactBodies() {
    }

    static DslPart response(ContractCase contract) {
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, contract.response(), "", contract);
        return body;
    }

    private static void fill(PactDslJsonBody body, JsonNode object, String pointer, ContractCase contract) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String at = pointer + "/" + name;
            String pattern = contract.generated().get(at);
            if (pattern != null) {
                body.stringMatcher(name, pattern, value.asText());
            } else if (value.isObject()) {
                PactDslJsonBody nested = body.object(name);
                fill(nested, value, at, contract);
                nested.closeObject();
            } else if (value.isArray()) {
                array(body, name, value, at, contract);
            } else if (exact(at, contract)) {
                exactValue(body, name, value);
            } else {
                typedValue(body, name, value);
            }
        }
    }

    private static void array(PactDslJsonBody body, String name, JsonNode array, String pointer, ContractCase contract) {
        if (!exact(pointer, contract) && !array.isEmpty() && array.get(0).isObject()) {
            PactDslJsonBody element = new PactDslJsonBody();
            fill(element, array.get(0), pointer + "/0", contract);
            body.minArrayLike(name, 1, element);
            return;
        }
        PactDslJsonArray values = body.array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (value.isObject()) {
                PactDslJsonBody element = values.object();
                fill(element, value, pointer + "/" + i, contract);
                element.closeObject();
            } else if (value.isTextual()) {
                values.stringValue(value.asText());
            } else if (value.isNumber()) {
                values.numberValue(value.numberValue());
            } else if (value.isBoolean()) {
                values.booleanValue(value.asBoolean());
            } else {
                throw new IllegalArgumentException("unsupported array element at " + pointer + ": " + value);
            }
        }
        values.closeArray();
    }

    /** Successes are exact; of an error body, only its code is. */
    private static boolean exact(String pointer, ContractCase contract) {
        return !contract.isError() || pointer.equals("/code") || pointer.equals("/error/code");
    }

    private static void exactValue(PactDslJsonBody body, String name, JsonNode value) {
        if (value.isNull()) {
            body.nullValue(name);
        } else if (value.isTextual()) {
            body.stringValue(name, value.asText());
        } else if (value.isNumber()) {
            body.numberValue(name, value.numberValue());
        } else if (value.isBoolean()) {
            body.booleanValue(name, value.asBoolean());
        } else {
            throw new IllegalArgumentException("unsupported value of " + name + ": " + value);
        }
    }

    private static void typedValue(PactDslJsonBody body, String name, JsonNode value) {
        if (value.isTextual()) {
            body.stringType(name, value.asText());
        } else if (value.isIntegralNumber()) {
            body.integerType(name, value.longValue());
        } else if (value.isNumber()) {
            body.decimalType(name, value.decimalValue());
        } else if (value.isBoolean()) {
            body.booleanType(name, value.asBoolean());
        } else {
            body.nullValue(name);
        }
    }
}
