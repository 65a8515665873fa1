package io.promocontracts.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.specs.ApiSpec;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The codes a spec documents for its error bodies: the `quoted` words of every {@code code} member's description. */
public final class DocumentedCodes {

    private static final Pattern QUOTED = Pattern.compile("`([A-Za-z_]+)`");

    private DocumentedCodes() {
    }

    public static Set<String> of(ApiSpec spec, String schema) {
        JsonNode description = spec.resolved().at("/components/schemas/" + schema + "/properties/code/description");
        Set<String> codes = new TreeSet<>();
        Matcher quoted = QUOTED.matcher(description.asText());
        while (quoted.find()) {
            codes.add(quoted.group(1));
        }
        return codes;
    }
}
