package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Copying a plan into the next year (下一年度计划): everything active is copied with dates
 * moved and targets raised, last year's value as the baseline, as a draft linked to its
 * source, announced and audited once; every refusal is a message in the person's language
 * and saves nothing; a double submit makes one plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class PlanCloneTests {

	private static final int YEAR = 2024;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans testPlans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private PlanQueries queries;

	@Autowired
	private PlanRepository plans;

	@Autowired
	private TargetRepository targets;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private ApplicationEvents events;

	private UserDetails admin;

	private Source source;

	@BeforeEach
	void earlyInTheNewYear() {
		this.clock.setTo(LocalDate.of(YEAR + 1, 1, 10), LocalTime.of(10, 0));
		this.admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		this.source = source();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theCopyHasEverythingActiveMovedIntoTheNewYearAndRaised() throws Exception {
		PlanData before = this.queries.planData(this.source.plan.id());
		String token = UUID.randomUUID().toString();
		this.mvc.perform(clone(this.source.plan, "2025", "2025年测试计划（复制）", "10", token))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "plan.cloned"));

		Plan copy = copyOf(this.source.plan, 2025);
		assertThat(copy.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(copy.getTitle()).isEqualTo("2025年测试计划（复制）");
		assertThat(copy.getOrganization()).isEqualTo("克隆团委");
		assertThat(copy.getPreamble()).isEqualTo("导语");
		assertThat(copy.getSourcePlanId()).isEqualTo(this.source.plan.id());

		PlanDocument document = this.queries.planDocument(copy.getId());
		PlanData data = document.data();
		assertThat(data.sections()).extracting(SectionRef::title).containsExactly("组织建设", "基层建设");
		assertThat(data.items()).extracting(ItemRef::heading).containsExactly("示范点建设", "队伍建设");
		assertThat(data.targets()).hasSize(7);
		assertThat(data.milestones()).hasSize(1);

		ItemRef item = data.items().get(0);
		assertThat(item.leadUnitId()).isEqualTo(this.source.lead.id());
		assertThat(item.assistUnitIds()).containsExactly(this.source.assisting.id());
		assertThat(item.ownerId()).isEqualTo(this.source.ownerId);
		assertThat(item.startDate()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(item.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(document.body(item.id())).isEqualTo("全文");

		Map<String, TargetRef> byName = data.targets()
			.stream()
			.collect(Collectors.toMap(TargetRef::name, Function.identity()));
		assertThat(byName.get("示范点").targetValue()).isEqualByComparingTo("33");
		assertThat(byName.get("示范点").baseline()).isEqualByComparingTo("28");
		assertThat(byName.get("示范点").dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(document.note(byName.get("示范点").id())).isEqualTo("备注");
		assertThat(byName.get("青年之家").targetValue()).isEqualByComparingTo("6");
		assertThat(byName.get("青年之家").baseline()).isNull();
		assertThat(byName.get("覆盖率").targetValue()).isEqualByComparingTo("100");
		assertThat(byName.get("投诉").targetValue()).isEqualByComparingTo("9");
		assertThat(byName.get("恰好").targetValue()).isEqualByComparingTo("12");
		assertThat(byName.get("换届").kind()).isEqualTo(TargetKind.YES_NO);
		assertThat(byName.get("换届").targetValue()).isNull();
		assertThat(byName.get("参与率").targetValue()).isEqualByComparingTo("66");
		assertThat(byName).doesNotContainKey("已归档指标");

		MilestoneRef milestone = data.milestones().get(0);
		assertThat(milestone.title()).isEqualTo("中期");
		assertThat(milestone.dueDate()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(milestone.done()).isFalse();

		// each target names its source, as the year-over-year view pairs them
		Map<Long, Long> sources = this.queries.lineage(copy.getId()).sourceTargetIds();
		assertThat(sources).hasSize(7);
		assertThat(sources.get(byName.get("示范点").id())).isEqualTo(this.source.sites.id());

		// announced once, in full, for registers and quotas to copy their parts
		List<PlanCloned> cloned = this.events.stream(PlanCloned.class).toList();
		assertThat(cloned).hasSize(1);
		PlanCloned event = cloned.get(0);
		assertThat(event.sourcePlanId()).isEqualTo(this.source.plan.id());
		assertThat(event.planId()).isEqualTo(copy.getId());
		assertThat(event.raisePercent()).isEqualByComparingTo("10");
		assertThat(event.itemIds().keySet())
			.containsExactlyInAnyOrderElementsOf(before.items().stream().map(ItemRef::id).toList());
		assertThat(event.itemIds().values())
			.containsExactlyInAnyOrderElementsOf(data.items().stream().map(ItemRef::id).toList());
		assertThat(event.targetIds().keySet())
			.containsExactlyInAnyOrderElementsOf(before.targets().stream().map(TargetRef::id).toList());
		assertThat(event.targetIds()).containsEntry(this.source.sites.id(), byName.get("示范点").id());

		// one audit line for the whole copy
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where kind = 'PLAN_CLONED' and subject = ?",
						Long.class, "plan " + copy.getId()))
			.isEqualTo(1L);
		// the source is as it was
		assertThat(this.queries.planData(this.source.plan.id())).isEqualTo(before);
		assertThat(this.plans.findById(this.source.plan.id()).orElseThrow().getSourcePlanId()).isNull();
	}

	@Test
	void theFormProposesTheNextYearAndTheTitleWithItsYearReplaced() throws Exception {
		this.mvc.perform(get("/plans/{id}/next-year", this.source.plan.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2025\"")))
			.andExpect(content().string(containsString("value=\"2025年测试计划 " + this.source.tag + "\"")))
			.andExpect(content().string(containsString("name=\"token\"")));
	}

	@Test
	void aDoubleSubmitMakesOnePlan() throws Exception {
		String token = UUID.randomUUID().toString();
		String first = this.mvc.perform(clone(this.source.plan, "2026", "双击", "0", token))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(clone(this.source.plan, "2026", "双击", "0", token))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(copies(this.source.plan)).isEqualTo(1);
		assertThat(this.events.stream(PlanCloned.class)).hasSize(1);
	}

	@Test
	void refusalsAreMessagesInChineseAndSaveNothing() throws Exception {
		this.mvc.perform(clone(this.source.plan, "2025", "第一份", "0", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		assertRefused("2025", "10", "本计划已复制到2025年，不能重复复制。", null);
		assertRefused("2024", "10", "新年度须晚于2024年。", null);
		assertRefused("2023", "10", "新年度须晚于2024年。", null);
		assertRefused("1999", "10", "不能小于", null);
		assertRefused("2101", "10", "不能大于", null);
		assertRefused("明年", "10", "请输入整数。", null);
		assertRefused("2027", "-1", "提高比例须在0到100之间。", null);
		assertRefused("2027", "100.5", "提高比例须在0到100之间。", null);
		assertRefused("2027", "十", "请输入数字。", null);
		assertRefused("2027", "", "此项必须填写。", null);
		assertThat(copies(this.source.plan)).isEqualTo(1);
		assertThat(this.events.stream(PlanCloned.class)).hasSize(1);
	}

	@Test
	void refusalsAreMessagesInEnglishToo() throws Exception {
		assertRefused("2024", "10", "The new year must come after 2024.", "en");
		assertRefused("2027", "101", "The raise must be between 0 and 100 percent.", "en");
		assertRefused("2027", "ten", "Enter a number.", "en");
		this.mvc.perform(clone(this.source.plan, "2025", "first", "0", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		assertRefused("2025", "0", "This plan was already copied into 2025; it cannot be copied there again.", "en");
		assertThat(copies(this.source.plan)).isEqualTo(1);
	}

	@Test
	void onlyWhoeverMayCreatePlansMayCopyOne() throws Exception {
		for (UserDetails person : List.of(this.users.principal(this.users.create(Role.LEADER, Set.of(), false)),
				this.users.principal(this.users.create(Role.STAFF, Set.of(this.source.lead.id()), false)))) {
			this.mvc.perform(get("/plans/{id}/next-year", this.source.plan.id()).with(user(person)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/plans/{id}/next-year", this.source.plan.id()).with(csrf())
					.with(user(person))
					.param("year", "2025")
					.param("title", "越权")
					.param("raisePercent", "0")
					.param("token", UUID.randomUUID().toString()))
				.andExpect(status().isForbidden());
		}
		assertThat(copies(this.source.plan)).isZero();
		// the office (STAFF with the plan-wide right) creates plans, so it may copy one
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		this.mvc
			.perform(post("/plans/{id}/next-year", this.source.plan.id()).with(csrf())
				.with(user(office))
				.param("year", "2025")
				.param("title", "办公室复制")
				.param("raisePercent", "0")
				.param("token", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(copies(this.source.plan)).isEqualTo(1);
	}

	private void assertRefused(String year, String raise, String message, String lang) throws Exception {
		long copies = copies(this.source.plan);
		MockHttpServletRequestBuilder request = clone(this.source.plan, year, "被拒绝的复制", raise,
				UUID.randomUUID().toString());
		if (lang != null) {
			request.param("lang", lang);
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("id=\"clone-form\"")));
		assertThat(copies(this.source.plan)).isEqualTo(copies);
	}

	private MockHttpServletRequestBuilder clone(PlanRef plan, String year, String title, String raise, String token) {
		return post("/plans/{id}/next-year", plan.id()).with(csrf())
			.with(user(this.admin))
			.param("year", year)
			.param("title", title)
			.param("raisePercent", raise)
			.param("token", token);
	}

	private long copies(PlanRef plan) {
		return this.jdbc.queryForObject("select count(*) from work_plan where source_plan_id = ?", Long.class,
				plan.id());
	}

	private Plan copyOf(PlanRef plan, int year) {
		return this.plans.findAll()
			.stream()
			.filter(candidate -> plan.id() == (candidate.getSourcePlanId() != null ? candidate.getSourcePlanId() : -1)
					&& candidate.getYear() == year)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A 2024 plan: a section with a subsection, two active items, an archived item and an
	 * archived section, targets of every kind (one archived), a milestone on 29 February
	 * (and an archived one), and one value reported in the year (and one after it).
	 */
	private Source source() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PlanRef plan = this.testPlans.plan(YEAR, YEAR + "年测试计划 " + tag, PlanStatus.ACTIVE);
		this.jdbc.update("update work_plan set organization = '克隆团委' where id = ?", plan.id());
		UnitRef lead = this.testPlans.unit("牵头");
		UnitRef assisting = this.testPlans.unit("协办");
		long owner = this.users.create(Role.STAFF, Set.of(lead.id()), false).id();
		SectionRef top = this.testPlans.section(plan, null, "组织建设", 1);
		SectionRef sub = this.testPlans.section(plan, top, "基层建设", 1);
		SectionRef old = this.testPlans.section(plan, null, "旧部分", 2);
		LocalDate leapDay = LocalDate.of(YEAR, 2, 29);
		LocalDate end = LocalDate.of(YEAR, 12, 31);
		ItemRef item = this.testPlans.item(top, 1, "示范点建设", "全文", lead, Set.of(assisting), owner, leapDay, end,
				ItemStatus.IN_PROGRESS);
		TargetRef sites = this.testPlans.target(item, 1, "示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, end, "备注");
		this.testPlans.target(item, 2, "青年之家", TargetKind.COUNT, TargetComparator.AT_LEAST, new BigDecimal("5"), "个",
				null, end, null);
		this.testPlans.target(item, 3, "覆盖率", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, new BigDecimal("95"),
				"%", null, end, null);
		this.testPlans.target(item, 4, "投诉", TargetKind.COUNT, TargetComparator.AT_MOST, new BigDecimal("10"), "件",
				null, end, null);
		this.testPlans.target(item, 5, "恰好", TargetKind.COUNT, TargetComparator.EXACTLY, new BigDecimal("12"), "次",
				null, end, null);
		this.testPlans.target(item, 6, "换届", TargetKind.YES_NO, TargetComparator.AT_LEAST, null, null, null, end, null);
		this.testPlans.archive(this.testPlans.target(item, 7, "已归档指标", TargetKind.COUNT, TargetComparator.AT_LEAST,
				BigDecimal.ONE, "个", null, end, null));
		this.testPlans.milestone(item, "中期", leapDay, true);
		this.testPlans.archive(this.testPlans.milestone(item, "已归档节点", end, false));
		ItemRef second = this.testPlans.item(sub, 1, "队伍建设", null, null, Set.of(), null, null, null,
				ItemStatus.NOT_STARTED);
		this.testPlans.target(second, 1, "参与率", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, new BigDecimal("60"),
				"%", null, end, null);
		this.testPlans.archive(
				this.testPlans.item(top, 2, "已归档事项", null, null, Set.of(), null, null, null, ItemStatus.NOT_STARTED));
		this.testPlans.item(old, 1, "旧事项", null, null, Set.of(), null, null, null, ItemStatus.NOT_STARTED);
		this.testPlans.archive(old);
		// last year's value: 28 as of 30 November; a report for January next year does
		// not
		// count
		this.progress.report(sites.id(), plan.id(), new BigDecimal("28"), null, LocalDate.of(YEAR, 11, 30), "报送", owner,
				ZonedDateTime.of(YEAR, 11, 30, 10, 0, 0, 0, TestClock.COMMITTEE).toInstant());
		this.progress.report(sites.id(), plan.id(), new BigDecimal("31"), null, LocalDate.of(YEAR + 1, 1, 5), "报送",
				owner, ZonedDateTime.of(YEAR + 1, 1, 5, 10, 0, 0, 0, TestClock.COMMITTEE).toInstant());
		return new Source(plan, tag, lead, assisting, owner, sites);
	}

	private record Source(PlanRef plan, String tag, UnitRef lead, UnitRef assisting, long ownerId, TargetRef sites) {
	}

}
