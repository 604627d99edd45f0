package org.leagueplan.supervision;

import java.util.Set;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's reporting calendar is off until set; ADMIN and the plan-wide editors set it,
 * others read it; bad values, stale versions and refused people save nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class CalendarTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private ReportCalendarRepository calendars;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpServletRequestBuilder save(PlanRef plan, TestUser person, String frequency, String dueDay,
			String before, String every, String version) {
		MockHttpServletRequestBuilder request = post("/plans/{id}/calendar", plan.id()).with(csrf())
			.param("frequency", frequency)
			.param("dueDay", dueDay)
			.param("remindDaysBefore", before)
			.param("pressEveryDays", every)
			.param("version", version);
		return (person != null) ? request.with(user(this.users.principal(person))) : request;
	}

	private int auditRows(PlanRef plan) {
		return this.jdbc.queryForObject("select count(*) from audit_event where kind = 'CALENDAR_SET' and subject = ?",
				Integer.class, "plan " + plan.id());
	}

	@Test
	void aPlanWideEditorSetsTheCalendarAndEveryoneReadsIt() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		TestUser editor = this.users.create(Role.STAFF, Set.of(), true);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		this.mvc.perform(get("/plans/{id}/calendar", plan.id()).with(user(this.users.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-off\"")))
			.andExpect(content().string(not(containsString("name=\"dueDay\""))));

		this.mvc.perform(save(plan, editor, "QUARTERLY", "10", "5", "7", ""))
			.andExpect(redirectedUrl("/plans/" + plan.id() + "/calendar"))
			.andExpect(flash().attribute("message", "calendar.saved"));
		ReportSchedule saved = this.calendars.findById(plan.id()).orElseThrow().schedule();
		assertThat(saved).isEqualTo(new ReportSchedule(ReportFrequency.QUARTERLY, 10, 5, 7));
		assertThat(auditRows(plan)).isEqualTo(1);

		this.mvc.perform(get("/plans/{id}/calendar", plan.id()).with(user(this.users.principal(leader))))
			.andExpect(content().string(containsString("每季度结束后次月10日报送；提前5天提醒；逾期后每7天催办一次。")));

		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(save(plan, admin, "MONTHLY", "25", "3", "3", "0"))
			.andExpect(flash().attribute("message", "calendar.saved"));
		assertThat(this.calendars.findById(plan.id()).orElseThrow().schedule())
			.isEqualTo(new ReportSchedule(ReportFrequency.MONTHLY, 25, 3, 3));
		assertThat(auditRows(plan)).isEqualTo(2);
	}

	@Test
	void aStaleFormIsNotAppliedAndSaysSo() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(save(plan, admin, "MONTHLY", "25", "3", "3", ""));
		this.mvc.perform(save(plan, admin, "MONTHLY", "20", "3", "3", ""))
			.andExpect(flash().attribute("failure", "calendar.stale"));
		this.mvc.perform(save(plan, admin, "MONTHLY", "20", "3", "3", "7"))
			.andExpect(flash().attribute("failure", "calendar.stale"));
		assertThat(this.calendars.findById(plan.id()).orElseThrow().schedule().dueDay()).isEqualTo(25);
		assertThat(auditRows(plan)).isEqualTo(1);
	}

	@Test
	void badValuesAreRefusedWithClearMessagesAndSaveNothing() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(save(plan, admin, "MONTHLY", "29", "-1", "0", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("calendarForm", "dueDay", "remindDaysBefore", "pressEveryDays"))
			.andExpect(content().string(containsString("报送日须为1至28之间的整数。")))
			.andExpect(content().string(containsString("提前提醒天数须为0至27之间的整数。")))
			.andExpect(content().string(containsString("催办间隔须为1至90之间的整数。")));
		this.mvc.perform(save(plan, admin, "WEEKLY", "x", "", "3", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("calendarForm", "frequency", "dueDay", "remindDaysBefore"));
		assertThat(this.calendars.findById(plan.id())).isEmpty();
		assertThat(auditRows(plan)).isZero();
	}

	@Test
	void othersAreRefusedAndTheAnonymousSentToLogin() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		long unit = this.plans.items(plan).get(0).leadUnitId();
		TestUser unitStaff = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		this.mvc.perform(save(plan, unitStaff, "MONTHLY", "25", "3", "3", "")).andExpect(status().isForbidden());
		this.mvc.perform(save(plan, leader, "MONTHLY", "25", "3", "3", "")).andExpect(status().isForbidden());
		this.mvc.perform(save(plan, null, "MONTHLY", "25", "3", "3", "")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(save(plan, leader, "MONTHLY", "25", "3", "3", "").with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(this.calendars.findById(plan.id())).isEmpty();
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(get("/plans/{id}/calendar", 987654321L).with(user(this.users.principal(admin))))
			.andExpect(status().isNotFound());
	}

}
