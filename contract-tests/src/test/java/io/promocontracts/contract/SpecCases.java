package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.contract.ContractCase.Call;
import io.promocontracts.contract.ContractCase.ProviderState;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.testkit.cases.SpecSchemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The contract cases of an API, learnt from its spec by each operation's kind, then its documented
 * outcomes. For every operation:
 * <ul>
 * <li>each named {@code 200} example: a create sends the request example of the same name to a
 * tenant with nothing stored; an update sends it to a tenant holding the object as the read-one
 * operation documents it; a read or list asks a tenant holding exactly the documented objects;</li>
 * <li>its {@code 401}: the same call with a key nobody has;</li>
 * <li>for a read-one or update, its {@code 404}: the same call to a tenant with nothing stored;</li>
 * <li>for an operation with parameters, its {@code 400}: a parameter outside its schema.</li>
 * </ul>
 * Values the server makes (ids, timestamps) are matched by their schema's pattern; all else exactly.
 */
final class SpecCases {

    private SpecCases() {
    }

    static List<ContractCase> of(ApiContract contract) {
        List<ContractCase> cases = new ArrayList<>();
        List<SpecOperation> operations = SpecConformance.of(contract.spec()).operations();
        for (SpecOperation operation : operations) {
            OperationKind kind = SpecOperations.kindOf(operation);
            String id = operation.operationId();
            List<String> examples = examples(contract, id, 200);
            for (String example : examples) {
                cases.add(success(contract, operation, kind, example, operations));
            }
            Call documented = SpecValues.call(contract.spec(), id, examples.get(0), false);
            ContractCase first = cases.get(cases.size() - examples.size());
            if (documents(contract, id, 401)) {
                cases.add(new ContractCase(id + ": 401 for a key nobody has", new ProviderState(ProviderStates.NO_KEY, Map.of()),
                        contract.authorization(contract.key(false) + "_nobody"), documented, 401, error(contract, id, 401), Map.of()));
            }
            if ((kind == OperationKind.READ_ONE || kind == OperationKind.UPDATE) && documents(contract, id, 404)) {
                cases.add(new ContractCase(id + ": 404 for an object the tenant does not have", empty(contract, first),
                        contract.authorization(emptyKey(contract, (Boolean) first.state().params().get("live"))),
                        documented, 404, error(contract, id, 404), Map.of()));
            }
            if (SpecValues.breakable(contract.spec(), id) && documents(contract, id, 400)) {
                cases.add(new ContractCase(id + ": 400 for a parameter outside its schema", empty(contract, first),
                        contract.authorization(emptyKey(contract, (Boolean) first.state().params().get("live"))),
                        SpecValues.call(contract.spec(), id, examples.get(0), true), 400, error(contract, id, 400), Map.of()));
            }
        }
        cases.addAll(contract.documentedOutcomes());
        return cases;
    }

    private static ContractCase success(ApiContract contract, SpecOperation operation, OperationKind kind, String example,
                                        List<SpecOperation> operations) {
        String id = operation.operationId();
        JsonNode response = SpecValues.response(contract.spec(), id, 200, example);
        Call call = SpecValues.call(contract.spec(), id, example, false);
        String description = id + ": 200 " + example;
        return switch (kind) {
            case CREATE -> {
                JsonNode created = wrapped(response);
                yield new ContractCase(description, tenant(contract, created), contract.authorization(contract.key(contract.liveOf(created))),
                        call, 200, response, made(contract, operation, wrapped(call.body()), created, null));
            }
            case UPDATE -> {
                JsonNode updated = wrapped(response);
                JsonNode before = documentedObject(contract, operations, operation, updated.get(idMember(operation)).asText());
                yield new ContractCase(description, holding(contract, List.of(before)),
                        contract.authorization(contract.key(contract.liveOf(before))), call, 200, response,
                        made(contract, operation, wrapped(call.body()), updated, before));
            }
            case READ_ONE -> {
                JsonNode object = wrapped(response);
                yield new ContractCase(description, holding(contract, List.of(object)),
                        contract.authorization(contract.key(contract.liveOf(object))), call, 200, response, Map.of());
            }
            case LIST -> {
                List<JsonNode> objects = StreamSupport.stream(listed(response).spliterator(), false).toList();
                yield new ContractCase(description, holding(contract, objects),
                        contract.authorization(contract.key(contract.liveOf(objects.get(0)))), call, 200, response, Map.of());
            }
        };
    }

    /** The member of an object that the operation's path names, as its spec states it ({@code x-promo-id}). */
    private static String idMember(SpecOperation operation) {
        return operation.idMember().orElseThrow(() -> new IllegalStateException(operation + " names no x-promo-id"));
    }

    /** The object with this id as the read-one operation of the same collection documents it. */
    private static JsonNode documentedObject(ApiContract contract, List<SpecOperation> operations, SpecOperation operation, String id) {
        SpecOperation readOne = SpecOperations.sibling(operation, OperationKind.READ_ONE, operations).orElseThrow(
                () -> new IllegalStateException(operation + " changes objects no operation of the spec reads"));
        return examples(contract, readOne.operationId(), 200).stream()
                .map(example -> wrapped(SpecValues.response(contract.spec(), readOne.operationId(), 200, example)))
                .filter(object -> object.get(idMember(readOne)).asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(readOne + " documents no object " + id + " for " + operation + " to change"));
    }

    /**
     * The members of an answered object the server made: strings it was not sent, that differ from
     * the object before (if any), whose schema gives a pattern to match them by.
     */
    private static Map<String, String> made(ApiContract contract, SpecOperation operation, JsonNode sent, JsonNode answered,
                                            JsonNode before) {
        SpecSchemas schemas = new SpecSchemas(contract.spec().resolved());
        JsonNode wrapper = schemas.responseSchema(operation.method(), operation.pathTemplate(), 200);
        String wrapperName = wrapper.path("properties").fieldNames().next();
        JsonNode objectSchema = wrapper.path("properties").path(wrapperName);
        Map<String, String> made = new LinkedHashMap<>();
        for (Iterator<String> names = answered.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = answered.get(name);
            boolean unchanged = before != null && value.equals(before.get(name));
            if (value.isTextual() && !sent.has(name) && !unchanged) {
                String pattern = pattern(schemas, objectSchema, name);
                if (pattern != null) {
                    made.put("/" + wrapperName + "/" + name, pattern);
                }
            }
        }
        return made;
    }

    /** The pattern of a member in an object schema, or in the first variant of a union that has the member. */
    private static String pattern(SpecSchemas schemas, JsonNode objectSchema, String member) {
        if (objectSchema.has("oneOf")) {
            for (JsonNode variant : objectSchema.get("oneOf")) {
                String pattern = pattern(schemas, variant, member);
                if (pattern != null) {
                    return pattern;
                }
            }
            return null;
        }
        JsonNode property = objectSchema.path("properties").path(member);
        return property.isMissingNode() ? null : property.path("pattern").asText(null);
    }

    private static ProviderState tenant(ApiContract contract, JsonNode object) {
        boolean live = contract.liveOf(object);
        return new ProviderState(ProviderStates.TENANT, Map.of("tenant", contract.tenantOf(object), "key", contract.key(live), "live", live));
    }

    private static ProviderState holding(ApiContract contract, List<JsonNode> objects) {
        boolean live = contract.liveOf(objects.get(0));
        return new ProviderState(ProviderStates.HOLDING, Map.of("tenant", contract.tenantOf(objects.get(0)), "key", contract.key(live),
                "live", live, "objects", objects.stream().map(SpecValues::asMap).toList()));
    }

    /**
     * Another tenant, in the mode of a case, with nothing stored. Its own key tells its requests
     * apart from the case's: Pact's mock server finds an interaction by its request alone.
     */
    private static ProviderState empty(ApiContract contract, ContractCase of) {
        boolean live = (Boolean) of.state().params().get("live");
        return new ProviderState(ProviderStates.TENANT, Map.of("tenant", contract.emptyTenant(), "key", emptyKey(contract, live), "live", live));
    }

    private static String emptyKey(ApiContract contract, boolean live) {
        return contract.key(live) + "_empty";
    }

    private static List<String> examples(ApiContract contract, String operationId, int status) {
        return new ArrayList<>(contract.spec().responseExampleNames(operationId).get(status));
    }

    private static boolean documents(ApiContract contract, String operationId, int status) {
        return contract.spec().responseExampleNames(operationId).containsKey(status);
    }

    private static JsonNode error(ApiContract contract, String operationId, int status) {
        return SpecValues.response(contract.spec(), operationId, status, examples(contract, operationId, status).get(0));
    }

    /** The object a response or request wraps, e.g. {@code promo_code}. */
    private static JsonNode wrapped(JsonNode body) {
        return body.fields().next().getValue();
    }

    /** The objects of a list page: its one array. */
    private static JsonNode listed(JsonNode page) {
        for (JsonNode member : page) {
            if (member.isArray()) {
                return member;
            }
        }
        throw new IllegalStateException("a list page without an array: " + page);
    }
}
