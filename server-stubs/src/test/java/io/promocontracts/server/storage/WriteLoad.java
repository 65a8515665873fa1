package io.promocontracts.server.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.specs.OperationKind;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Concurrent writes against a running server, learnt from the specs by operation kind: for each
 * API in turn, a create with its first documented request example (its unique member made unique,
 * the members naming the caller's objects bound to the demo caller's), then one update of what it
 * created with the first documented update example (the new id where the update repeats it). It
 * records each object whose create the server acknowledged with a 200, and whether its update was
 * acknowledged, never answered (the server was killed under it: no promise either way) or not sent.
 */
final class WriteLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** An acknowledged create; {@code updated} is the update's answer if it was acknowledged too. */
    record Written(Api api, String id, JsonNode created, JsonNode updated, boolean updateInDoubt) {
    }

    /** One API's operations of each kind, and what its documented examples ask. */
    record Api(ApiWorld world, SpecOperation create, SpecOperation update, SpecOperation readOne, JsonNode createExample,
               JsonNode updateExample) {

        static Api of(ApiWorld world) {
            ApiSpec spec = ApiSpec.named(world.apiName());
            List<SpecOperation> operations = SpecConformance.of(spec).operations();
            SpecOperation create = ofKind(operations, OperationKind.CREATE);
            SpecOperation update = ofKind(operations, OperationKind.UPDATE);
            return new Api(world, create, update, ofKind(operations, OperationKind.READ_ONE),
                    spec.requestExample(create.operationId(), firstExample(spec, create)),
                    update == null ? null : spec.requestExample(update.operationId(), firstExample(spec, update)));
        }

        private static SpecOperation ofKind(List<SpecOperation> operations, OperationKind kind) {
            return operations.stream().filter(operation -> OperationKind.of(operation.method(), operation.pathTemplate(),
                    operation.takesBody()) == kind).findFirst().orElse(null);
        }

        private static String firstExample(ApiSpec spec, SpecOperation operation) {
            return spec.requestExampleNames(operation.operationId()).get(0);
        }

        /** The create of the documented example, with this unique value and the demo caller's own objects. */
        JsonNode createBody(String unique) {
            return world.createBody(createExample, unique);
        }

        /** The documented update, aimed at this object; a unique member it sets gets a value of its own. */
        JsonNode updateBody(String id, String unique) {
            ObjectNode body = updateExample.deepCopy();
            world.idMembers.forEach(pointer -> set(body, pointer, JSON.getNodeFactory().textNode(id)));
            ObjectNode object = (ObjectNode) body.elements().next();
            if (object.has(world.uniqueMember)) {
                object.put(world.uniqueMember, unique + "U");
            }
            return body;
        }

        String path(SpecOperation operation, String id) {
            return operation.pathTemplate().replaceFirst("\\{[^}]+}", id);
        }

        private static void set(ObjectNode body, String pointer, JsonNode value) {
            JsonNode parent = body.at(pointer.substring(0, pointer.lastIndexOf('/')));
            if (parent instanceof ObjectNode object) {
                object.set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Api> apis = java.util.Arrays.stream(ApiWorld.values()).map(Api::of).toList();
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService workers;
    private final List<Future<?>> loops;
    private final int port;

    /** Starts {@code connections} loops; each unique value is {@code prefix}, the loop and a counter. */
    WriteLoad(int port, int connections, String prefix) {
        this.port = port;
        workers = Executors.newFixedThreadPool(connections);
        loops = IntStream.range(0, connections)
                .<Future<?>>mapToObj(loop -> workers.submit(() -> run(prefix + Integer.toString(loop, 36) + "X")))
                .toList();
    }

    private void run(String uniquePrefix) {
        for (long n = 0; running.get(); n++) {
            Api api = apis.get((int) (n % apis.size()));
            String unique = uniquePrefix + Long.toString(n, 36).toUpperCase();
            try {
                JsonNode created = write(api.create().method(), api.create().pathTemplate(), api, api.createBody(unique));
                String id = created.elements().next().get(api.world().idMember).asText();
                if (api.update() == null) {
                    written.add(new Written(api, id, created, null, false));
                    continue;
                }
                try {
                    JsonNode updated = write(api.update().method(), api.path(api.update(), id), api, api.updateBody(id, unique));
                    written.add(new Written(api, id, created, updated, false));
                } catch (IOException killedUnderIt) {
                    written.add(new Written(api, id, created, null, true));
                    throw killedUnderIt;
                }
            } catch (IOException killedUnderIt) {
                if (running.get()) {
                    pause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The answer of an acknowledged write; anything but a 200 fails the load. */
    private JsonNode write(String method, String path, Api api, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", api.world().authorization)
                .header("Content-Type", "application/json")
                .timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " " + body + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The object as a restarted server at this port reads it back, or null when it does not have it. */
    static JsonNode readBack(HttpClient http, int port, Written object) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + object.api().path(object.api().readOne(), object.id())))
                .header("Authorization", object.api().world().authorization)
                .timeout(TIMEOUT)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int acknowledgedSoFar() {
        return written.size();
    }

    /** Stops the loops and returns every acknowledged create with its update's fate; fails if any write got a non-200. */
    List<Written> stop() throws Exception {
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(30, TimeUnit.SECONDS);
        }
        return List.copyOf(written);
    }

    @Override
    public void close() {
        running.set(false);
        workers.shutdownNow();
    }

    /**
     * What a restarted server must answer for an object: the update as answered, or the create as
     * answered, member for member (a read may carry more, as Flowglad's get adds {@code redemptionCount}).
     */
    static boolean keptAsAcknowledged(Written object, JsonNode read) {
        if (read == null) {
            return false;
        }
        if (object.updated() != null) {
            return holds(read, object.updated());
        }
        return object.updateInDoubt() ? read.elements().next().get(object.api().world().idMember).equals(
                object.created().elements().next().get(object.api().world().idMember)) : holds(read, object.created());
    }

    /** Whether the read wrapper's object has every member of the answered one, with the same value. */
    private static boolean holds(JsonNode read, JsonNode answered) {
        JsonNode readObject = read.elements().next();
        for (var members = answered.elements().next().fields(); members.hasNext(); ) {
            var member = members.next();
            if (!member.getValue().equals(readObject.get(member.getKey()))) {
                return false;
            }
        }
        return true;
    }

}
