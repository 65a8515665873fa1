package io.promocontracts.specs.cases;

import io.promocontracts.specs.SpecOperation;

import java.util.List;
import java.util.Optional;

/**
 * What an operation does, read from its shape in the spec, so that tests treat every operation of
 * a kind alike without naming it: a body and no path parameter creates, a body and a path
 * parameter updates, a GET with a path parameter reads one object, a GET without one lists.
 */
public enum OperationKind {
    CREATE, UPDATE, READ_ONE, LIST;

    public static OperationKind of(SpecOperation operation) {
        boolean identifies = operation.pathTemplate().contains("{");
        if (operation.takesBody()) {
            return identifies ? UPDATE : CREATE;
        }
        if ("GET".equals(operation.method())) {
            return identifies ? READ_ONE : LIST;
        }
        throw new IllegalArgumentException(operation + " is of no kind the tests know: give it one here");
    }

    /** The operation of this kind on the same resource: the create of an update's collection, say. */
    public static Optional<SpecOperation> sibling(SpecOperation operation, OperationKind kind, List<SpecOperation> all) {
        String collection = collection(operation.pathTemplate());
        return all.stream().filter(other -> of(other) == kind && collection(other.pathTemplate()).equals(collection)).findFirst();
    }

    /** The collection a path names: itself, or its parent when it ends in a path parameter. */
    private static String collection(String pathTemplate) {
        return pathTemplate.endsWith("}") ? pathTemplate.substring(0, pathTemplate.lastIndexOf('/')) : pathTemplate;
    }
}
