package org.leagueplan.progress;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 7 of the outside test: planned values were unbounded (50,000 of them, dates
 * 0001 and 9999; a duplicate date, 10^13 or 1e400 gave 500). Now at most 24 per target, a
 * value from 0 that fits numeric(14, 2), each date in the plan's year and no date twice;
 * a refusal names the line, shows the text again and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class PlannedValuesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private PlannedValueRepository planned;

	private TargetRef target;

	private WebClient staff;

	private int year;

	@BeforeEach
	void setUp() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		this.year = plan.year();
		ItemRef item = this.plans.firstItem(plan);
		this.target = this.plans.targets(item).get(0);
		this.staff = new WebClient(this.mvc);
		this.staff.login(this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false).username(),
				TestUsers.PASSWORD);
		save(this.year + "-06-30 4\n" + this.year + "-12-31 10")
			.andExpect(flash().attribute("message", "planned.saved"));
	}

	@Test
	void twentyFourValuesAreSavedAndTheTwentyFifthIsRefused() throws Exception {
		StringBuilder lines = new StringBuilder();
		LocalDate day = LocalDate.of(this.year, 1, 1);
		for (int i = 0; i < 24; i++) {
			lines.append(day.plusDays(i)).append(' ').append(i).append('\n');
		}
		save(lines.toString()).andExpect(flash().attribute("message", "planned.saved"));
		assertThat(stored()).isEqualTo(24);
		refused(lines + day.plusDays(24).toString() + " 25", "planned.tooMany", "最多 24 个");
		assertThat(stored()).isEqualTo(24);
	}

	@Test
	void valuesThatDoNotFitTheColumnAreRefused() throws Exception {
		for (String value : new String[] { "1e400", "10000000000000", "99999999999999999999", "1.001", "-1",
				"1e-400" }) {
			refused(this.year + "-06-30 " + value, "planned.outOfRange", "整数部分最多 12 位");
		}
		save(this.year + "-06-30 999999999999.99").andExpect(flash().attribute("message", "planned.saved"));
	}

	@Test
	void notANumberAndImpossibleDatesAreRefusedAsBadLines() throws Exception {
		for (String line : new String[] { this.year + "-06-30 NaN", this.year + "-06-30 Infinity",
				this.year + "-02-30 1", "0000-00-00 1", "六月底 四个", this.year + "-06-30" }) {
			refused(line, "planned.invalidLine", "第 1 行");
		}
	}

	@Test
	void datesOutsideThePlansYearAreRefused() throws Exception {
		for (String date : new String[] { "0001-01-01", "9999-12-31", (this.year - 1) + "-12-31",
				(this.year + 1) + "-01-01" }) {
			refused(this.year + "-03-31 1\n" + date + " 2", "planned.outsideYear", "第 2 行");
		}
	}

	@Test
	void aDuplicateDateIsRefusedWithAMessageNotA500() throws Exception {
		refused(this.year + "-06-30 1\n" + this.year + "-06-30 2", "planned.duplicateDate", "重复");
	}

	private org.springframework.test.web.servlet.ResultActions save(String lines) throws Exception {
		return this.staff.perform(post("/targets/{id}/planned", this.target.id()).with(csrf()).param("lines", lines));
	}

	private void refused(String lines, String key, String words) throws Exception {
		long before = stored();
		var storedValues = this.planned.findAll()
			.stream()
			.filter(value -> value.getTargetId().equals(this.target.id()))
			.map(value -> value.getPeriodEnd() + "=" + value.getValue())
			.toList();
		save(lines).andExpect(status().isOk())
			.andExpect(model().attribute("plannedProblem", key))
			.andExpect(content().string(containsString(words)))
			.andExpect(content().string(containsString(lines.lines().reduce((a, b) -> b).orElseThrow())));
		assertThat(stored()).isEqualTo(before);
		assertThat(this.planned.findAll()
			.stream()
			.filter(value -> value.getTargetId().equals(this.target.id()))
			.map(value -> value.getPeriodEnd() + "=" + value.getValue())
			.toList()).as("nothing changed after %s", lines).isEqualTo(storedValues);
	}

	private long stored() {
		return this.planned.findAll().stream().filter(value -> value.getTargetId().equals(this.target.id())).count();
	}

}
