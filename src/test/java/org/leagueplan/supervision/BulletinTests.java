package org.leagueplan.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulletins: the office issues a period's report to every unit member and leader once,
 * and sees who has read it; nobody else issues one, and a refused issue saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class BulletinTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	private PlanRef plan;

	private long unitId;

	private UserDetails office;

	@BeforeEach
	void planAndOffice() {
		this.plan = this.plans.create(1, 1, 1);
		this.unitId = this.plans.items(this.plan).get(0).leadUnitId();
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
	}

	private String period() {
		return this.plan.year() + "-Q1";
	}

	@Test
	void theOfficeIssuesOnceToEveryUnitMemberAndLeaderAndSeesWhoRead() throws Exception {
		TestUser member = this.users.create(Role.STAFF, Set.of(this.unitId), false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		TestUser noUnit = this.users.create(Role.STAFF, Set.of(), false);

		String location = this.mvc
			.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", " " + this.plan.year() + "-q1 ")
				.with(user(this.office))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/bulletins/*"))
			.andExpect(flash().attribute("message", "bulletin.issued.message"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long bulletinId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		assertThat(bulletinEntries(bulletinId, member.id())).isEqualTo(1);
		assertThat(bulletinEntries(bulletinId, leader.id())).isEqualTo(1);
		assertThat(bulletinEntries(bulletinId, noUnit.id())).isZero();
		int recipients = this.jdbc.queryForObject("select recipients from bulletin where id = ?", Integer.class,
				bulletinId);
		assertThat(this.jdbc.queryForObject("select count(*) from inbox_entry where bulletin_id = ?", Integer.class,
				bulletinId))
			.isEqualTo(recipients);
		assertThat(this.jdbc.queryForObject("select period from bulletin where id = ?", String.class, bulletinId))
			.isEqualTo(period());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'BULLETIN_ISSUED' and subject = ?", Integer.class,
				"plan " + this.plan.id()))
			.isEqualTo(1);

		long entryId = this.jdbc.queryForObject("select id from inbox_entry where bulletin_id = ? and user_id = ?",
				Long.class, bulletinId, member.id());
		this.mvc.perform(post("/inbox/{id}/open", entryId).with(user(this.users.principal(member))).with(csrf()))
			.andExpect(redirectedUrl("/bulletins/" + bulletinId));
		this.mvc.perform(get("/bulletins/{id}", bulletinId).with(user(this.users.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已读 1 / " + recipients)))
			.andExpect(content().string(containsString("测试STAFF")))
			.andExpect(content().string(containsString("未读")));

		this.mvc
			.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", period())
				.with(user(this.office))
				.with(csrf()))
			.andExpect(redirectedUrl("/bulletins/" + bulletinId))
			.andExpect(flash().attribute("failure", "bulletin.alreadyIssued"));
		assertThat(bulletinEntries(bulletinId, member.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from bulletin where plan_id = ?", Integer.class,
				this.plan.id()))
			.isEqualTo(1);
		this.mvc.perform(get("/plans/{id}/bulletins", this.plan.id()).with(user(this.users.principal(member))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(period())));
	}

	@Test
	void unitStaffLeadersAndAnonymousVisitorsCannotIssue() throws Exception {
		UserDetails unitStaff = this.users.principal(this.users.create(Role.STAFF, Set.of(this.unitId), false));
		UserDetails leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));

		this.mvc
			.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", period())
				.with(user(unitStaff))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/plans/{id}/bulletins", this.plan.id()).param("period", period()).with(user(leader)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", period()).with(csrf()))
			.andExpect(redirectedUrl("/login"));

		assertThat(bulletinsOfPlan()).isZero();
	}

	@Test
	void aPeriodThatCannotBeReadOrLiesOutsideThePlanYearIsRefusedInWords() throws Exception {
		for (String period : List.of(this.plan.year() + "-13", "下个月", "", (this.plan.year() + 1) + "-Q1",
				this.plan.year() + "-Q1\u0000")) {
			this.mvc
				.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", period)
					.with(user(this.office))
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
		}
		assertThat(bulletinsOfPlan()).isZero();
	}

	@Test
	void fivePeopleIssuingTheSamePeriodAtOnceMakeOneBulletin() throws Exception {
		List<UserDetails> officeStaff = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			officeStaff.add(this.users.principal(this.users.create(Role.STAFF, Set.of(), true)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		for (UserDetails person : officeStaff) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(post("/plans/{id}/bulletins", this.plan.id()).param("period", period())
						.with(user(person))
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getRedirectedUrl();
			}));
		}
		start.countDown();
		List<String> locations = new ArrayList<>();
		for (Future<String> answer : answers) {
			locations.add(answer.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(bulletinsOfPlan()).isEqualTo(1);
		long bulletinId = this.jdbc.queryForObject("select id from bulletin where plan_id = ?", Long.class,
				this.plan.id());
		assertThat(locations).containsOnly("/bulletins/" + bulletinId);
	}

	private int bulletinEntries(long bulletinId, long userId) {
		return this.jdbc.queryForObject(
				"select count(*) from inbox_entry where bulletin_id = ? and user_id = ? and kind = 'BULLETIN'",
				Integer.class, bulletinId, userId);
	}

	private int bulletinsOfPlan() {
		return this.jdbc.queryForObject("select count(*) from bulletin where plan_id = ?", Integer.class,
				this.plan.id());
	}

}
