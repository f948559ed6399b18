package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the run shares one fresh database, one token signing key and one SMTP server. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(TestTokens.class)
@QuarkusTestResource(SmtpServer.class)
public final class TestResources {

    private TestResources() {
    }
}
