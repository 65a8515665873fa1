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
    record Written(Collection collection, String id, JsonNode created, JsonNode updated, boolean updateInDoubt) {
    }

    /** One collection of an API: its create, update (if it has one) and read-one, and what their first documented examples ask. */
    record Collection(ApiWorld world, SpecOperation create, SpecOperation update, SpecOperation readOne, JsonNode createExample,
                      JsonNode updateExample) {

        /** Every collection of every API with a world: its creates and their siblings, learnt from the specs. */
        static List<Collection> all() {
            return java.util.Arrays.stream(ApiWorld.values()).flatMap(world -> {
                ApiSpec spec = ApiSpec.named(world.apiName());
                List<SpecOperation> operations = SpecConformance.of(spec).operations();
                return operations.stream().filter(operation -> operation.kind() == OperationKind.CREATE).map(create -> {
                    SpecOperation update = sibling(create, OperationKind.UPDATE, operations);
                    return new Collection(world, create, update, sibling(create, OperationKind.READ_ONE, operations),
                            spec.requestExample(create.operationId(), firstExample(spec, create)),
                            update == null ? null : spec.requestExample(update.operationId(), firstExample(spec, update)));
                });
            }).toList();
        }

        private static SpecOperation sibling(SpecOperation create, OperationKind kind, List<SpecOperation> operations) {
            return operations.stream().filter(operation -> operation.kind() == kind
                    && OperationKind.sameCollection(operation.pathTemplate(), create.pathTemplate())).findFirst().orElse(null);
        }

        private static String firstExample(ApiSpec spec, SpecOperation operation) {
            return spec.requestExampleNames(operation.operationId()).get(0);
        }

        /** The member of an object that the read-one's path names. */
        String idMember() {
            return readOne.idMember().orElseThrow(() -> new IllegalStateException(readOne + " names no x-promo-id"));
        }

        /** The create of the documented example, with this unique value and the demo caller's own objects. */
        JsonNode createBody(String unique) {
            return world.createBody(createExample, create.uniqueMember().orElse(null), unique);
        }

        /** The documented update, aimed at this object; a unique member it sets gets a value of its own. */
        JsonNode updateBody(String id, String unique) {
            ObjectNode body = updateExample.deepCopy();
            update.idInBody().forEach(pointer -> set(body, pointer, JSON.getNodeFactory().textNode(id)));
            update.uniqueMember().filter(pointer -> !body.at(pointer).isMissingNode())
                    .ifPresent(pointer -> set(body, pointer, JSON.getNodeFactory().textNode(unique + "U")));
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
    private final List<Collection> collections = Collection.all();
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
            Collection collection = collections.get((int) (n % collections.size()));
            String unique = uniquePrefix + Long.toString(n, 36).toUpperCase();
            try {
                JsonNode created = write(collection.create().method(), collection.create().pathTemplate(), collection,
                        collection.createBody(unique));
                String id = created.elements().next().get(collection.idMember()).asText();
                if (collection.update() == null) {
                    written.add(new Written(collection, id, created, null, false));
                    continue;
                }
                try {
                    JsonNode updated = write(collection.update().method(), collection.path(collection.update(), id), collection,
                            collection.updateBody(id, unique));
                    written.add(new Written(collection, id, created, updated, false));
                } catch (IOException killedUnderIt) {
                    written.add(new Written(collection, id, created, null, true));
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
    private JsonNode write(String method, String path, Collection collection, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", collection.world().authorization)
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
                        + object.collection().path(object.collection().readOne(), object.id())))
                .header("Authorization", object.collection().world().authorization)
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
        String idMember = object.collection().idMember();
        return object.updateInDoubt() ? read.elements().next().get(idMember).equals(object.created().elements().next().get(idMember))
                : holds(read, object.created());
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
