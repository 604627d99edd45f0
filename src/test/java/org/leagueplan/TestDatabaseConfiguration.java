package org.leagueplan;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points a test's application context at the test PostgreSQL server
 * ({@link TestDatabase}). The first context of a test run drops everything in the schema
 * and migrates it afresh, so each run starts from a clean schema; later contexts of the
 * same run share that database. Pools shrink to one connection when idle.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** The first admin's password in tests. */
	public static final String ADMIN_PASSWORD = "test-admin-password";

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Bean
	DynamicPropertyRegistrar testDatabaseProperties() {
		return registry -> {
			TestDatabase database = TestDatabase.get();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
			registry.add("spring.flyway.clean-disabled", () -> "false");
			// the test run keeps each distinct context (and its pool) cached: an idle one
			// holds one connection, not
			// ten, so a dozen contexts stay well under the server's 100 connections
			registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
			registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
			registry.add("leagueplan.admin-password", () -> ADMIN_PASSWORD);
			// the demo plan without its illustrative history and demo accounts: tests
			// start from an empty history
			registry.add("leagueplan.demo-history", () -> "false");
		};
	}

	/**
	 * The application's clock: the committee's zone, settable by a test
	 * ({@link TestClock}).
	 */
	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(TestClock.COMMITTEE);
	}

	@Bean
	FlywayMigrationStrategy cleanOncePerTestRun() {
		return flyway -> {
			if (cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
