package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader's weekly digest: due from Monday 08:00 in the committee's zone (whatever the
 * server's), one per leader and week however often the job runs, counting the red and
 * overdue items of the units the leader follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class LeaderDigestTests {

	/** A Monday, far enough ahead that the test's plan is the newest active one. */
	private static final LocalDate MONDAY = LocalDate.of(2099, 6, 1);

	@Autowired
	private LeaderDigest digest;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@AfterEach
	void resetClockAndRetireThePlans() {
		this.clock.reset();
		// an active plan of 2099 would be every later test's current plan
		this.jdbc.update("update work_plan set status = 'ARCHIVED' where plan_year = 2099");
	}

	@Test
	void aWeeksDigestIsDueFromMondayEightInTheCommitteesZone() {
		assertThat(LeaderDigest.weekKey(LocalDateTime.of(2099, 6, 1, 8, 0))).isEqualTo("2099-W23");
		assertThat(LeaderDigest.weekKey(LocalDateTime.of(2099, 6, 1, 7, 59))).isEqualTo("2099-W22");
		assertThat(LeaderDigest.weekKey(LocalDateTime.of(2099, 6, 7, 23, 59))).isEqualTo("2099-W23");
		assertThat(LeaderDigest.weekKey(LocalDateTime.of(2027, 1, 4, 9, 0))).isEqualTo("2027-W1");
	}

	@Test
	void eachLeaderGetsOneDigestAWeekWithTheRedAndOverdueItemsOfTheUnitsTheyFollow() {
		// Sunday 23:30 UTC is Monday 07:30 in Shanghai: not yet due; 00:30 UTC is 08:30
		this.clock.setTo(MONDAY.minusDays(1).atTime(LocalTime.of(23, 30)).atZone(java.time.ZoneOffset.UTC).toInstant());
		PlanRef plan = this.plans.create(1, 2, 1);
		this.plans.status(plan, PlanStatus.ACTIVE);
		List<ItemRef> items = this.plans.items(plan);
		ItemRef first = items.get(0);
		long lead = first.leadUnitId();
		this.plans.item(this.plans.sectionOf(first), 3, "逾期事项", "全文", this.plans.unit("其他单位 " + plan.id()), Set.of(),
				null, LocalDate.of(2099, 1, 1), LocalDate.of(2099, 5, 1), ItemStatus.IN_PROGRESS);
		TestUser followsLead = this.users.create(Role.LEADER, Set.of(lead), false);
		TestUser followsAll = this.users.create(Role.LEADER, Set.of(), false);

		this.digest.send();
		String lastWeek = "digest:2099-W22:user:";
		assertThat(digests(followsLead)).containsExactly(lastWeek + followsLead.id());

		this.clock.setTo(MONDAY.atTime(LocalTime.of(0, 30)).atZone(java.time.ZoneOffset.UTC).toInstant());
		this.digest.send();
		this.digest.send();

		assertThat(digests(followsLead)).containsExactlyInAnyOrder(lastWeek + followsLead.id(),
				"digest:2099-W23:user:" + followsLead.id());
		assertThat(note(followsLead, "2099-W23")).isEqualTo("本周关注：红灯 2 项，逾期 0 项。");
		assertThat(note(followsAll, "2099-W23")).isEqualTo("本周关注：红灯 3 项，逾期 1 项。");
	}

	@Test
	void aLeadersWorkPageListsTheRedAndOverdueItemsOfTheUnitsTheyFollow() throws Exception {
		this.clock.setTo(MONDAY, LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		this.plans.status(plan, PlanStatus.ACTIVE);
		ItemRef first = this.plans.items(plan).get(0);
		this.plans.item(this.plans.sectionOf(first), 2, "他单位逾期事项", "全文", this.plans.unit("其他单位 " + plan.id()), Set.of(),
				null, LocalDate.of(2099, 1, 1), LocalDate.of(2099, 5, 1), ItemStatus.IN_PROGRESS);
		TestUser leader = this.users.create(Role.LEADER, Set.of(first.leadUnitId()), false);

		this.mvc.perform(get("/my-work").with(user(this.users.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("需关注事项（1）")))
			.andExpect(content().string(containsString(first.heading())))
			.andExpect(content().string(not(containsString("他单位逾期事项"))));
	}

	private List<String> digests(TestUser leader) {
		return this.jdbc.queryForList("select dedupe_key from inbox_entry where user_id = ? and kind = 'DIGEST'",
				String.class, leader.id());
	}

	private String note(TestUser leader, String week) {
		return this.jdbc.queryForObject("select note from inbox_entry where dedupe_key = ?", String.class,
				"digest:" + week + ":user:" + leader.id());
	}

}
