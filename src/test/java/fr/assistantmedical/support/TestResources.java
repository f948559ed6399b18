package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the run shares one fresh database and one token signing key. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(TestTokens.class)
public final class TestResources {

    private TestResources() {
    }
}
