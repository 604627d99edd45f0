package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 我的待办 and the unsigned list are read in a fixed number of statements: a unit with ten
 * times the assignments (and notices) costs the same.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestAssignments.class })
class MyWorkQueriesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestAssignments assignments;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void myWorkAndTheUnsignedListCostTheSameForTenTimesTheAssignments() throws Exception {
		this.clock.setTo(LocalDate.of(2026, 5, 4), LocalTime.of(9, 0));
		Assigned small = assigned(1);
		Assigned large = assigned(10);
		this.clock.setTo(LocalDate.of(2026, 5, 11), LocalTime.of(9, 0));

		assertThat(statementsFor("/my-work", large.staff())).isEqualTo(statementsFor("/my-work", small.staff()));
		TestUser office = this.users.create(Role.STAFF, Set.of(), true);
		assertThat(unsigned(large.plan(), office)).hasSize(20);
		assertThat(statementsFor("/plans/" + large.plan().id() + "/unsigned", office))
			.isEqualTo(statementsFor("/plans/" + small.plan().id() + "/unsigned", office));
	}

	private Assigned assigned(int items) {
		PlanRef plan = this.plans.create(1, items, 0);
		long unit = this.plans.firstItem(plan).leadUnitId();
		TestUser staff = this.users.create(Role.STAFF, Set.of(unit), false);
		this.plans.activate(plan);
		for (ItemRef item : this.plans.items(plan)) {
			this.assignments.awaitOpen(item.id(), unit);
		}
		return new Assigned(plan, staff);
	}

	private List<?> unsigned(PlanRef plan, TestUser person) throws Exception {
		return (List<?>) this.mvc
			.perform(get("/plans/" + plan.id() + "/unsigned").with(user(this.users.principal(person))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("unsigned");
	}

	private long statementsFor(String path, TestUser person) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path).with(user(this.users.principal(person)))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private record Assigned(PlanRef plan, TestUser staff) {
	}

}
