package org.leagueplan.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The reporting tests' one application context (on PostgreSQL, with SQL statistics),
 * shared by all of them and by the plan workbook's export tests (exchange), which read
 * the same example plan.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class,
		ReportingFixture.class })
public @interface ReportingTest {

}
