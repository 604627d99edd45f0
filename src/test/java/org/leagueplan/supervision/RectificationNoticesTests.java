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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rectification (整改) reaches people: reported done, it waits in the plan's reviewers'
 * inboxes (not in the one of who reported it); returned, it goes back to that person with
 * the reason; reported done again it asks again, and once decided it no longer waits in
 * any reviewer's inbox. Opening the notice leads to the item's rectifications.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class RectificationNoticesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

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
	void reviewersAreAskedTheReporterHearsTheReasonAndADecidedOneStopsWaiting() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		ItemRef item = this.plans.firstItem(plan);
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		TestUser reporter = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		// a reviewer who is also staff of the unit reports done too: never told of their
		// own report
		TestUser first = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		TestUser second = this.users.create(Role.STAFF, Set.of(), false);
		for (TestUser reviewer : List.of(first, second)) {
			this.mvc
				.perform(post("/plans/{p}/reviewers", plan.id()).param("userId", Long.toString(reviewer.id()))
					.with(user(admin))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		long targetId = this.plans.targets(item).get(0).id();
		this.mvc
			.perform(multipart("/targets/{t}/progress", targetId).param("value", "0")
				.param("asOf", TODAY.toString())
				.param("reason", "场地未落实")
				.param("correctiveAction", "协调街道")
				.param("actionDeadline", "2026-07-31")
				.with(user(this.users.principal(reporter)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from rectification where target_id = ?", Long.class, targetId);

		reportDone(id, reporter, "已整改");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(first, "RECTIFICATION_WAITING")).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "RECTIFICATION_WAITING")).isEqualTo(1));
		assertThat(unread(reporter, "RECTIFICATION_WAITING")).isZero();
		// opening it leads to the item's rectifications
		long entry = this.jdbc.queryForObject(
				"select id from inbox_entry where user_id = ? and kind = 'RECTIFICATION_WAITING'", Long.class,
				second.id());
		this.mvc.perform(post("/inbox/{e}/open", entry).with(user(this.users.principal(second))).with(csrf()))
			.andExpect(redirectedUrl("/items/" + item.id() + "/rectifications"));

		decide(id, first, "return", "缺少活动照片");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(reporter, "RECTIFICATION_RETURNED")).isEqualTo(1));
		assertThat(this.jdbc.queryForObject(
				"select note from inbox_entry where user_id = ? and kind = 'RECTIFICATION_RETURNED'", String.class,
				reporter.id()))
			.isEqualTo("缺少活动照片");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from inbox_entry where kind = 'RECTIFICATION_WAITING'"
							+ " and dedupe_key like ? and read_at is null",
					Integer.class, "rectification:" + id + ":done:%"))
				.isZero());

		// the reviewer of the unit reports done this time: only the other reviewer is
		// told
		reportDone(id, first, "补充了照片");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "RECTIFICATION_WAITING")).isEqualTo(1));
		assertThat(unread(first, "RECTIFICATION_WAITING")).isZero();
		decide(id, second, "accept", null);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "RECTIFICATION_WAITING")).isZero());
		assertThat(unread(first, "RECTIFICATION_RETURNED")).isZero();
	}

	private void reportDone(long id, TestUser person, String summary) throws Exception {
		this.mvc
			.perform(post("/rectifications/{r}/done", id).param("version", Long.toString(version(id)))
				.param("summary", summary)
				.with(user(this.users.principal(person)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void decide(long id, TestUser person, String step, String reason) throws Exception {
		var request = post("/rectifications/{r}/" + step, id).param("version", Long.toString(version(id)));
		if (reason != null) {
			request.param("reason", reason);
		}
		this.mvc.perform(request.with(user(this.users.principal(person))).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from rectification where id = ?", Long.class, id);
	}

	private int unread(TestUser person, String kind) {
		return this.jdbc.queryForObject(
				"select count(*) from inbox_entry where user_id = ? and kind = ? and read_at is null", Integer.class,
				person.id(), kind);
	}

}
