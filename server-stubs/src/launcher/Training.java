import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The training run's requests (prepare.sh runs this file on the server's own classpath): every
 * operation of every spec, learnt from the packaged specs, with each of its documented request
 * examples or without a body, and once without a key, three rounds. Path parameters get a value
 * no object has, so reads and updates train the refusal path; creates train success, then
 * conflict. Arguments: the base URL, then per API its path prefix and the Authorization value of
 * a demo key, e.g. {@code /v1/=Bearer fsk_test_…}.
 */
public class Training {

    public static void main(String[] args) {
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 3; round++) {
            for (ApiSpec spec : ApiSpec.all()) {
                for (SpecOperation operation : SpecConformance.of(spec).operations()) {
                    String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "training_" + round);
                    String authorization = authorizationFor(path, args);
                    send(http, args[0], operation.method(), path, "nobody", operation.takesBody() ? "{}" : null);
                    if (!operation.takesBody()) {
                        send(http, args[0], operation.method(), path, authorization, null);
                    }
                    for (String example : spec.requestExampleNames(operation.operationId())) {
                        send(http, args[0], operation.method(), path, authorization,
                                spec.requestExample(operation.operationId(), example).toString());
                    }
                }
            }
        }
    }

    private static String authorizationFor(String path, String[] args) {
        for (int i = 1; i < args.length; i++) {
            String[] prefixAndKey = args[i].split("=", 2);
            if (path.startsWith(prefixAndKey[0])) {
                return prefixAndKey[1];
            }
        }
        throw new IllegalArgumentException("no key given for " + path);
    }

    private static void send(HttpClient http, String base, String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " got no answer", e);
        }
    }
}
