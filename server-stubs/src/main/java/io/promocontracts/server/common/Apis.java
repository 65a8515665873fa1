package io.promocontracts.server.common;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The APIs this application serves, in their declared order, and which of them a path belongs to.
 * A path of no API (an unknown one, the docs) is answered in the shape of the first.
 */
@Component
public class Apis implements SmartInitializingSingleton {

    private final List<Api> apis;

    public Apis(List<Api> apis) {
        if (apis.isEmpty()) {
            throw new IllegalStateException("no API to serve");
        }
        this.apis = List.copyOf(apis);
    }

    /**
     * Each API's spec checker is made while the server starts ({@link InBackground}); this waits for
     * them once every bean is made, before the server takes requests, so that a spec that does not
     * load stops the start instead of failing requests.
     */
    @Override
    public void afterSingletonsInstantiated() {
        apis.forEach(Api::spec);
    }

    public List<Api> all() {
        return apis;
    }

    /** The API whose paths include this one. */
    public Optional<Api> serving(String path) {
        return apis.stream().filter(api -> path != null && path.startsWith(api.pathPrefix())).findFirst();
    }

    /** The API whose error shape answers a request for this path. */
    public Api answering(String path) {
        return serving(path).orElse(apis.get(0));
    }
}
