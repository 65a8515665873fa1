package io.promocontracts.server.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that serves requests of no API, without a caller (the health check, the
 * container's error page). {@link CheckedOperationGuard} lets every other handler run only for a
 * checked request, so a controller that forgets this is refused, never left open.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithoutCaller {
}
