package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Setting and removing a member a JSON pointer names ({@code /discount/code}), as the spec's extensions name them. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The last member's name: {@code code} of {@code /discount/code}. */
    public static String name(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    /** The pointer of the object holding the member: {@code /discount} of {@code /discount/code}. */
    public static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /** Sets the member when the object that would hold it is there; else leaves the document as it is. */
    public static void set(JsonNode root, String pointer, JsonNode value) {
        if (root.at(parent(pointer)) instanceof ObjectNode holder) {
            holder.set(name(pointer), value);
        }
    }

    /** Removes the member, if its object is there. */
    public static void remove(JsonNode root, String pointer) {
        if (root.at(parent(pointer)) instanceof ObjectNode holder) {
            holder.remove(name(pointer));
        }
    }
}
