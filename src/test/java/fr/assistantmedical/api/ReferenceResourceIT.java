package fr.assistantmedical.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class ReferenceResourceIT extends ReferenceResourceTest {
}
