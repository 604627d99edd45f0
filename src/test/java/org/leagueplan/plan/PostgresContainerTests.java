package org.leagueplan.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a Docker engine exists: the migrations and the demo plan on PostgreSQL 16, the
 * version the docker-compose file deploys. Without Docker the rest of the suite runs on
 * the local server instead.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "leagueplan.admin-password=container-admin-password")
class PostgresContainerTests {

	@Container
	@ServiceConnection
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");

	@Autowired
	private PlanOutline outline;

	@Test
	void migrationsApplyAndDemoPlanLoadsOnPostgres16() {
		Plan plan = this.outline.currentPlan().orElseThrow();
		assertThat(this.outline.tree(plan.getId(), PlanFilter.NONE).itemCount()).isEqualTo(15);
	}

}
