package io.promocontracts.specs;

/**
 * What an operation does, read from its shape in the spec, so that tests treat every operation of
 * a kind alike without naming it: a body and no path parameter creates, a body and a path
 * parameter updates, a GET with a path parameter reads one object, a GET without one lists.
 */
public enum OperationKind {
    CREATE, UPDATE, READ_ONE, LIST;

    public static OperationKind of(String method, String pathTemplate, boolean takesBody) {
        boolean identifies = pathTemplate.contains("{");
        if (takesBody) {
            return identifies ? UPDATE : CREATE;
        }
        if ("GET".equalsIgnoreCase(method)) {
            return identifies ? READ_ONE : LIST;
        }
        throw new IllegalArgumentException(method + " " + pathTemplate + " is of no kind the tests know: give it one here");
    }

    /** Whether two paths name the same collection: {@code /v1/promo_codes} and {@code /v1/promo_codes/{id}} do. */
    public static boolean sameCollection(String pathTemplate, String other) {
        return collection(pathTemplate).equals(collection(other));
    }

    /** The collection a path names: itself, or its parent when it ends in a path parameter. */
    private static String collection(String pathTemplate) {
        return pathTemplate.endsWith("}") ? pathTemplate.substring(0, pathTemplate.lastIndexOf('/')) : pathTemplate;
    }
}
