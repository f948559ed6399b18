package fr.assistantmedical.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The role matrix against the packaged application. */
@QuarkusIntegrationTest
class RoleMatrixIT extends RoleMatrixTest {
}
