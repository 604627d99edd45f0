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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closing reaches people: a request waiting for a decision is in the plan's
 * reviewers' inboxes (not its requester's), a returned one in its requester's with the
 * reason, a new request after a return asks again, and once decided it no longer waits in
 * any reviewer's inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ClosingNoticesTests {

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
	void reviewersAreAskedTheRequesterHearsTheReasonAndADecidedRequestStopsWaiting() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		ItemRef item = this.plans.firstItem(plan);
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		TestUser requester = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		// a reviewer who is also staff of the unit asks too: never told of their own
		// request
		TestUser first = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		TestUser second = this.users.create(Role.STAFF, Set.of(), false);
		for (TestUser reviewer : List.of(first, second)) {
			this.mvc
				.perform(post("/plans/{p}/reviewers", plan.id()).param("userId", Long.toString(reviewer.id()))
					.with(user(admin))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}

		ask(item, requester, "已完成");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(first, "CLOSING_WAITING")).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "CLOSING_WAITING")).isEqualTo(1));
		assertThat(unread(requester, "CLOSING_WAITING")).isZero();

		decide(item, first, "return", "缺少佐证材料");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(requester, "CLOSING_RETURNED")).isEqualTo(1));
		assertThat(
				this.jdbc.queryForObject("select note from inbox_entry where user_id = ? and kind = 'CLOSING_RETURNED'",
						String.class, requester.id()))
			.isEqualTo("缺少佐证材料");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "CLOSING_WAITING")).isZero());

		// the reviewer of the unit asks this time: only the other reviewer is told
		ask(item, first, "补充后已完成");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "CLOSING_WAITING")).isEqualTo(1));
		assertThat(unread(first, "CLOSING_WAITING")).isZero();
		decide(item, second, "accept", null);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unread(second, "CLOSING_WAITING")).isZero());
		assertThat(unread(first, "CLOSING_RETURNED")).isZero();
	}

	private void ask(ItemRef item, TestUser person, String summary) throws Exception {
		this.mvc
			.perform(post("/items/{i}/closing", item.id()).param("version", Long.toString(version(item)))
				.param("summary", summary)
				.with(user(this.users.principal(person)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void decide(ItemRef item, TestUser person, String step, String reason) throws Exception {
		var request = post("/items/{i}/closing/" + step, item.id()).param("version", Long.toString(version(item)));
		if (reason != null) {
			request.param("reason", reason);
		}
		this.mvc.perform(request.with(user(this.users.principal(person))).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private long version(ItemRef item) {
		return this.jdbc.queryForObject("select coalesce(max(version), -1) from item_closing where item_id = ?",
				Long.class, item.id());
	}

	private int unread(TestUser person, String kind) {
		return this.jdbc.queryForObject(
				"select count(*) from inbox_entry where user_id = ? and kind = ? and read_at is null", Integer.class,
				person.id(), kind);
	}

}
