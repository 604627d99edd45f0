package org.leagueplan.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review reaches people: a report waiting for review is in its reviewers' inboxes
 * (not its reporter's), a returned one in its reporter's with the reason, and once
 * decided it no longer waits in any reviewer's inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ReviewNoticesTests {

	private static final LocalDate TODAY = LocalDate.of(LocalDate.now().getYear(), 6, 15);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void reviewersAreAskedTheReporterHearsTheReasonAndADecidedReportStopsWaiting() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		ItemRef item = this.plans.firstItem(plan);
		TargetRef target = this.plans.targets(item).get(0);
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		TestUser reporter = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		TestUser first = this.users.create(Role.STAFF, Set.of(), false);
		TestUser second = this.users.create(Role.STAFF, Set.of(), false);
		for (TestUser reviewer : List.of(first, second)) {
			this.mvc
				.perform(post("/plans/{p}/reviewers", plan.id()).param("userId", Long.toString(reviewer.id()))
					.with(user(admin))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/plans/{p}/review-settings", plan.id()).param("enabled", "true")
				.param("version", "-1")
				.with(user(office))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(multipart("/targets/{id}/progress", target.id()).param("value", "4")
				.param("asOf", TODAY.toString())
				.param("narrative", "进展")
				.with(user(this.users.principal(reporter)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long reportId = this.jdbc.queryForObject("select max(id) from progress_report where target_id = ?", Long.class,
				target.id());

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(first, "REVIEW_WAITING")).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "REVIEW_WAITING")).isEqualTo(1));
		assertThat(unread(reporter, "REVIEW_WAITING")).isZero();

		long version = this.jdbc.queryForObject("select version from progress_report where id = ?", Long.class,
				reportId);
		this.mvc
			.perform(post("/reports/{r}/return", reportId).param("version", Long.toString(version))
				.param("reason", "佐证材料不足")
				.with(user(this.users.principal(first)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(reporter, "REPORT_RETURNED")).isEqualTo(1));
		assertThat(
				this.jdbc.queryForObject("select note from inbox_entry where user_id = ? and kind = 'REPORT_RETURNED'",
						String.class, reporter.id()))
			.isEqualTo("佐证材料不足");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "REVIEW_WAITING")).isZero());
	}

	private int unread(TestUser person, String kind) {
		return this.jdbc.queryForObject(
				"select count(*) from inbox_entry where user_id = ? and kind = ? and read_at is null", Integer.class,
				person.id(), kind);
	}

}
