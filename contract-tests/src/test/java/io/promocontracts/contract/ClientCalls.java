package io.promocontracts.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.SpecOperation.Parameter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Calls an operation through a generated Java client, whatever the operation: openapi-generator
 * names the client's method after the {@code operationId} and gives it the operation's parameters
 * in the spec's order, required ones first, with the request body among the required ones after
 * the parameters. Each argument is read from the call as the method's parameter type.
 */
final class ClientCalls {

    private ClientCalls() {
    }

    /**
     * The client's answer; a failure is the client's own exception. {@code apiClient} is the
     * generated {@code ApiClient}; the operation is called on the generated API class of its tag,
     * which openapi-generator puts beside it: {@code <package>.api.<Tag>Api}.
     */
    static Object call(Object apiClient, ObjectMapper clientJson, ApiSpec spec, ContractCase.Call call) throws Exception {
        SpecOperation operation = SpecConformance.of(spec).operations().stream()
                .filter(candidate -> candidate.operationId().equals(call.operationId())).findFirst().orElseThrow();
        Object client = Class.forName(apiClient.getClass().getPackageName() + ".api." + operation.tag().replaceAll("[^A-Za-z0-9]", "") + "Api")
                .getConstructor(apiClient.getClass()).newInstance(apiClient);
        List<Argument> arguments = arguments(spec, operation, call);
        Method method = Arrays.stream(client.getClass().getMethods())
                .filter(candidate -> candidate.getName().equals(operation.operationId()))
                .filter(candidate -> candidate.getParameterCount() == arguments.size())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the generated client has no " + operation.operationId()
                        + " with " + arguments.size() + " parameters"));
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).value(clientJson, method.getParameterTypes()[i]);
        }
        try {
            return method.invoke(client, values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** A value of the call, text from a path or query or JSON for the body, to be read as a parameter's type. */
    private record Argument(boolean required, String text, com.fasterxml.jackson.databind.JsonNode body) {

        Object value(ObjectMapper json, Class<?> type) throws Exception {
            if (body != null) {
                return json.treeToValue(body, type);
            }
            if (text == null || type == String.class) {
                return text;
            }
            return type.getMethod("valueOf", String.class).invoke(null, text);
        }
    }

    private static List<Argument> arguments(ApiSpec spec, SpecOperation operation, ContractCase.Call call) {
        Map<String, String> pathValues = ((SpecConformance.Route.Found) SpecConformance.of(spec).route(call.method(), call.path()))
                .pathParameters();
        List<Argument> arguments = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            // A header parameter (Idempotency-Key) is not part of a documented call: the client gets null and sends none.
            String text = "path".equals(parameter.in()) ? pathValues.get(parameter.name()) : call.query().get(parameter.name());
            arguments.add(new Argument(parameter.required(), text, null));
        }
        if (operation.takesBody()) {
            arguments.add(new Argument(true, null, call.body()));
        }
        arguments.sort(Comparator.comparing(argument -> !argument.required()));
        return arguments;
    }
}
