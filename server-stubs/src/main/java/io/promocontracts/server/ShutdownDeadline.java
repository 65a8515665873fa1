package io.promocontracts.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A stop (SIGTERM) ends the process within {@code promo.shutdown-deadline}, also when a thread is
 * stuck in the database (as H2 can be after a full disk): past the deadline the JVM is halted.
 * Nothing acknowledged is lost by that: a 200 was written before it was sent.
 */
@Component
public class ShutdownDeadline implements ApplicationListener<ContextClosedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDeadline.class);

    private final Duration deadline;

    public ShutdownDeadline(@Value("${promo.shutdown-deadline:15s}") Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(deadline.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.error("The server did not stop within {}; halting.", deadline);
            Runtime.getRuntime().halt(1);
        }, "shutdown-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
