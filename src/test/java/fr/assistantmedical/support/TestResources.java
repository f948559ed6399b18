package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the run shares one fresh database. */
@QuarkusTestResource(PostgresDatabase.class)
public final class TestResources {

    private TestResources() {
    }
}
