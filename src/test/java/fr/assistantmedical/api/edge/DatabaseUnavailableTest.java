package fr.assistantmedical.api.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.CompositeException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** The failures a lost database connection takes are all recognised, however they come wrapped. */
class DatabaseUnavailableTest {

    @Test
    void aResetConnectionIsTheDatabaseBeingAway() {
        SocketException reset = new SocketException("Connection reset");
        assertTrue(ProblemMapper.databaseUnavailable(reset));
        assertTrue(ProblemMapper.databaseUnavailable(new RuntimeException(new IllegalStateException(reset))));
        // Mutiny gathers a failure and the failure of the rollback after it; the reset may be the second.
        assertTrue(ProblemMapper.databaseUnavailable(new CompositeException(new IllegalStateException("rollback"),
                reset)));
        RuntimeException suppressing = new RuntimeException("x");
        suppressing.addSuppressed(reset);
        assertTrue(ProblemMapper.databaseUnavailable(suppressing));
        assertTrue(ProblemMapper.databaseUnavailable(new io.vertx.core.VertxException("Connection was closed")));
    }

    @Test
    void aBugIsNot() {
        assertFalse(ProblemMapper.databaseUnavailable(new IllegalStateException("Connection reset")));
        assertFalse(ProblemMapper.databaseUnavailable(new CompositeException(new IllegalStateException("a"),
                new NullPointerException())));
    }
}
