package org.leagueplan.plan;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Editing flows end to end on PostgreSQL: conflicts between two people, double submits,
 * archive and restore, reordering, filtering, and the plan page's bounded number of SQL
 * statements.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class PlanEditingFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans testPlans;

	@Autowired
	private PlanOutline outline;

	@Autowired
	private PlanItemRepository items;

	@Autowired
	private TargetRepository targets;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TestUsers users;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** A member of the committee office: STAFF with the plan-wide editor right. */
	private UserDetails office;

	@BeforeEach
	void createOfficeUser() {
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
	}

	@Test
	void staleSaveShowsConflictAndKeepsBothVersions() throws Exception {
		PlanItem item = this.items.findById(this.testPlans.firstItem(this.testPlans.create(1, 1, 0)).id())
			.orElseThrow();
		long loadedVersion = item.getVersion();
		this.mvc.perform(itemEdit(item, loadedVersion, "甲的标题")).andExpect(status().is3xxRedirection());

		this.mvc.perform(itemEdit(item, loadedVersion, "乙的标题"))
			.andExpect(status().isConflict())
			.andExpect(view().name("conflict"))
			.andExpect(content().string(containsString("甲的标题")))
			.andExpect(content().string(containsString("乙的标题")));
		assertThat(this.outline.item(item.getId()).getHeading()).isEqualTo("甲的标题");

		long storedVersion = this.outline.item(item.getId()).getVersion();
		this.mvc.perform(itemEdit(item, loadedVersion, "乙的标题"))
			.andExpect(content()
				.string(containsString("<input type=\"hidden\" name=\"version\" value=\"" + storedVersion + "\">")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"heading\" value=\"乙的标题\">")));
		this.mvc.perform(itemEdit(item, storedVersion, "乙的标题")).andExpect(redirectedUrl("/items/" + item.getId()));
		assertThat(this.outline.item(item.getId()).getHeading()).isEqualTo("乙的标题");
	}

	@Test
	void resubmittingWhatIsStoredIsNotAConflict() throws Exception {
		PlanItem item = this.items.findById(this.testPlans.firstItem(this.testPlans.create(1, 1, 0)).id())
			.orElseThrow();
		this.mvc.perform(itemEdit(item, item.getVersion(), "同一标题")).andExpect(status().is3xxRedirection());
		this.mvc.perform(itemEdit(item, item.getVersion(), "同一标题")).andExpect(redirectedUrl("/items/" + item.getId()));
	}

	@Test
	void doubleSubmitCreatesNothingTwice() throws Exception {
		PlanItem item = this.items.findById(this.testPlans.firstItem(this.testPlans.create(1, 1, 0)).id())
			.orElseThrow();
		MockHttpServletRequestBuilder create = post("/items/{id}/targets/new", item.getId()).with(staff())
			.with(csrf())
			.param("token", "b3c1f0e2-0000-4000-8000-000000000001")
			.param("name", "示范点")
			.param("kind", "COUNT")
			.param("comparator", "AT_LEAST")
			.param("targetValue", "30")
			.param("unitLabel", "家");
		this.mvc.perform(create).andExpect(redirectedUrl("/items/" + item.getId()));
		this.mvc.perform(create).andExpect(redirectedUrl("/items/" + item.getId()));
		assertThat(this.outline.itemDetails(item.getId()).targets()).extracting(Target::getName).containsExactly("示范点");
	}

	/**
	 * A repeated submit lands where the first one did, read from the kind and id the
	 * first one left (as V7 converts the addresses kept before it:
	 * {@code MigrationUpgradeTests}); nothing is created again.
	 */
	@Test
	void aRepeatedSubmitLandsOnThePageOfTheStoredKindAndId() throws Exception {
		PlanData.PlanRef plan = this.testPlans.create(1, 1, 0);
		PlanData.ItemRef item = this.testPlans.firstItem(plan);
		long suffix = System.nanoTime();
		this.jdbc.update(
				"insert into form_submission (token, result_kind, result_id, submitted_at) values "
						+ "(?, 'PLAN', ?, now()), (?, 'ITEM', ?, now())",
				"p-" + suffix, plan.id(), "i-" + suffix, item.id());
		long plans = this.jdbc.queryForObject("select count(*) from work_plan", Long.class);

		this.mvc
			.perform(post("/plans/new").with(staff())
				.with(csrf())
				.param("token", "p-" + suffix)
				.param("year", "2024")
				.param("title", "重复提交")
				.param("organization", "团区委")
				.param("status", "DRAFT"))
			.andExpect(redirectedUrl("/plans/" + plan.id()));
		this.mvc
			.perform(post("/items/{id}/milestones/new", item.id()).with(staff())
				.with(csrf())
				.param("token", "i-" + suffix)
				.param("title", "重复的节点")
				.param("dueDate", "2024-06-30"))
			.andExpect(redirectedUrl("/items/" + item.id()));
		assertThat(this.jdbc.queryForObject("select count(*) from work_plan", Long.class)).isEqualTo(plans);
		assertThat(this.outline.itemDetails(item.id()).milestones()).extracting(Milestone::getTitle)
			.doesNotContain("重复的节点");
	}

	@Test
	void archivedItemLeavesThePlanAndCanBeRestored() throws Exception {
		PlanData.PlanRef plan = this.testPlans.create(1, 2, 0);
		PlanItem item = this.items.findById(this.testPlans.firstItem(plan).id()).orElseThrow();
		this.mvc.perform(post("/items/{id}/archive", item.getId()).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + plan.id()));
		assertThat(this.outline.tree(plan.id(), org.leagueplan.plan.PlanFilter.NONE).itemCount()).isEqualTo(1);
		this.mvc.perform(get("/plans/{id}/archived", plan.id()).with(staff()))
			.andExpect(content().string(containsString(item.getHeading())));

		this.mvc.perform(post("/items/{id}/restore", item.getId()).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.items.findById(item.getId()).orElseThrow().isArchived()).isFalse();
		assertThat(this.outline.tree(plan.id(), org.leagueplan.plan.PlanFilter.NONE).itemCount()).isEqualTo(2);
	}

	@Test
	void moveDownSwapsAnItemWithTheNextOne() throws Exception {
		PlanData.PlanRef plan = this.testPlans.create(1, 3, 0);
		List<PlanData.ItemRef> before = this.testPlans.items(plan);
		this.mvc
			.perform(post("/items/{id}/move", before.get(0).id()).param("direction", "down").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.testPlans.items(plan)).extracting(PlanData.ItemRef::heading)
			.containsExactly("事项 1.2", "事项 1.1", "事项 1.3");
	}

	@Test
	void movingAnItemDoesNotMakeAnOpenEditFormStale() throws Exception {
		PlanData.PlanRef plan = this.testPlans.create(1, 2, 0);
		PlanItem item = this.items.findById(this.testPlans.firstItem(plan).id()).orElseThrow();
		this.mvc.perform(post("/items/{id}/move", item.getId()).param("direction", "down").with(staff()).with(csrf()));
		this.mvc.perform(itemEdit(item, item.getVersion(), "移动后编辑")).andExpect(redirectedUrl("/items/" + item.getId()));
		assertThat(this.testPlans.items(plan)).extracting(PlanData.ItemRef::heading).containsExactly("事项 1.2", "移动后编辑");
	}

	@Test
	void planPageFiltersByChineseSubstringUnitAndStatus() throws Exception {
		PlanData.PlanRef plan = this.testPlans.demoPlan();
		this.mvc.perform(get("/plans/{id}", plan.id()).param("q", "志愿").with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("积极参与大型节会志愿效劳")))
			.andExpect(content().string(not(containsString("强化基层组织建设"))));
		this.mvc.perform(get("/plans/{id}", plan.id()).param("status", "COMPLETED").with(leader()))
			.andExpect(content().string(containsString("id=\"match-count\"")))
			.andExpect(content().string(not(containsString("class=\"plan-item\""))));
	}

	@Test
	void planPageStatementCountDoesNotGrowWithTheData() throws Exception {
		PlanData.PlanRef small = this.testPlans.create(2, 3, 1, owners(3));
		PlanData.PlanRef large = this.testPlans.create(4, 15, 3, owners(30));
		long smallCount = statementsFor("/plans/" + small.id());
		long largeCount = statementsFor("/plans/" + large.id());
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(statementsFor("/items/" + this.testPlans.firstItem(large).id()))
			.isEqualTo(statementsFor("/items/" + this.testPlans.firstItem(small).id()));
	}

	/** Distinct item owners, so that loading owners is part of what must not grow. */
	private List<Long> owners(int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> this.users.create(Role.STAFF, Set.of(), false).id())
			.toList();
	}

	private long statementsFor(String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path).with(leader())).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private MockHttpServletRequestBuilder itemEdit(PlanItem item, long version, String heading) {
		return post("/items/{id}/edit", item.getId()).with(staff())
			.with(csrf())
			.param("version", Long.toString(version))
			.param("sectionId", item.getSection().getId().toString())
			.param("heading", heading)
			.param("body", "全文")
			.param("status", "IN_PROGRESS");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return user(this.office);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor leader() {
		return user("leader").roles("LEADER");
	}

}
