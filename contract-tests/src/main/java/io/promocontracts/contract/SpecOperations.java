package io.promocontracts.contract;

import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.OperationKind;

import java.util.List;
import java.util.Optional;

/** The kind of a spec's operation, the operation of another kind on the same collection, and a list's largest page. */
public final class SpecOperations {

    private SpecOperations() {
    }

    public static OperationKind kindOf(SpecOperation operation) {
        return OperationKind.of(operation.method(), operation.pathTemplate(), operation.takesBody());
    }

    /** The operation of this kind on the same collection: the create of an update's objects, say. */
    public static Optional<SpecOperation> sibling(SpecOperation operation, OperationKind kind, List<SpecOperation> all) {
        return all.stream()
                .filter(other -> kindOf(other) == kind && OperationKind.sameCollection(other.pathTemplate(), operation.pathTemplate()))
                .findFirst();
    }

    /** The query that asks a list for the largest page its spec allows ({@code limit=<maximum>}); empty when it states none. */
    public static Optional<String> largestPage(SpecOperation list) {
        return list.parameters().stream()
                .filter(parameter -> "query".equals(parameter.in()) && "limit".equals(parameter.name()) && parameter.schema().has("maximum"))
                .findFirst().map(parameter -> "limit=" + parameter.schema().get("maximum").asText());
    }
}
