package org.leagueplan.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.SliceSecurity;
import org.leagueplan.plan.PlanOutline.ItemDetails;
import org.leagueplan.plan.PlanOutline.SectionChoice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leagueplan.plan.PlanFixtures.item;
import static org.leagueplan.plan.PlanFixtures.plan;
import static org.leagueplan.plan.PlanFixtures.section;
import static org.leagueplan.plan.PlanFixtures.target;
import static org.leagueplan.plan.PlanFixtures.unit;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.leagueplan.plan.FormPost.leader;
import static org.leagueplan.plan.FormPost.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ItemController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class ItemControllerTests extends FormControllerTestSupport {

	@MockitoBean
	private PlanOutline outline;

	@MockitoBean
	private UnitCatalog units;

	@MockitoBean
	private UserDirectory users;

	@MockitoBean
	private PlanEditor editor;

	private static final Map<String, String> VALID = Map.of("version", "4", "sectionId", "2", "heading", "标题", "body",
			"全文", "status", "IN_PROGRESS");

	private final Plan plan = plan(1);

	private final PlanSection section = section(2, this.plan);

	private final PlanItem item = item(3, this.section, 4);

	@BeforeEach
	void setUp() {
		given(this.outline.item(3)).willReturn(this.item);
		given(this.outline.section(2)).willReturn(this.section);
		given(this.outline.plan(1)).willReturn(this.plan);
		given(this.outline.sectionChoices(1)).willReturn(List.of(new SectionChoice(2, "一、加强团的自身建设", true)));
		given(this.outline.itemDetails(3))
			.willReturn(new ItemDetails(this.item, "一、加强团的自身建设", 2, null, List.of(), List.of()));
		given(this.units.active()).willReturn(List.of(unit(7, "组织部")));
		given(this.units.allExist(any()))
			.willAnswer(call -> call.<Collection<Long>>getArgument(0).stream().allMatch(id -> id == 7L));
		given(this.users.findAssignable()).willReturn(List.of());
		given(this.users.exists(anyLong())).willReturn(false);
	}

	@Test
	void itemPageShowsTheItem() throws Exception {
		this.mvc.perform(get("/items/3").with(leader()))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/itemDetails"))
			.andExpect(content().string(containsString("强化基层组织建设")));
	}

	@Test
	void itemPageOffersReportProgressForEachTargetToThoseWhoMayReport() throws Exception {
		given(this.outline.itemDetails(3)).willReturn(new ItemDetails(this.item, "一、加强团的自身建设", 2, null,
				List.of(target(21, this.item, 1), target(22, this.item, 1)), List.of()));
		this.mvc.perform(get("/items/3").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-help\"")))
			.andExpect(content()
				.string(containsString("id=\"report-21\" href=\"/targets/21/progress#report-form\">报送进度</a>")))
			.andExpect(content()
				.string(containsString("id=\"report-22\" href=\"/targets/22/progress#report-form\">报送进度</a>")));

		given(this.access.scope()).willReturn(EditScope.NOTHING);
		this.mvc.perform(get("/items/3").with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"report-21\""))))
			.andExpect(content().string(not(containsString("id=\"report-help\""))));
	}

	@Test
	void editFormShowsTheStoredValues() throws Exception {
		this.mvc.perform(get("/items/3/edit").with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/itemForm"))
			.andExpect(
					result -> assertThat(((ItemForm) result.getModelAndView().getModel().get("itemForm")).getVersion())
						.isEqualTo(4L));
	}

	@Test
	void validSaveRedirectsWithAFlashMessage() throws Exception {
		given(this.editor.updateItem(eq(3L), any(ItemForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("heading", "新标题"))
			.andExpect(redirectedUrl("/items/3"))
			.andExpect(flash().attribute("message", "item.saved"));
	}

	@Test
	void validCreateRedirectsToTheNewItem() throws Exception {
		given(this.editor.createItem(any(ItemForm.class))).willReturn(RecordRef.item(9));
		this.mvc
			.perform(post("/sections/2/items/new").with(staff())
				.with(csrf())
				.param("sectionId", "2")
				.param("heading", "新事项")
				.param("status", "NOT_STARTED"))
			.andExpect(redirectedUrl("/items/9"));
	}

	@Test
	void blankHeadingIsRequired() throws Exception {
		expectFieldError(edit("heading", "  "), "heading", "NotBlank");
	}

	@Test
	void overlongHeadingIsRefused() throws Exception {
		expectFieldError(edit("heading", "长".repeat(201)), "heading", "Size");
	}

	@Test
	void missingStatusIsRequired() throws Exception {
		expectFieldError(edit("heading", "标题", "status", ""), "status", "NotNull");
	}

	@Test
	void endBeforeStartIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "startDate", "2023-09-30", "endDate", "2023-01-01"), "endDate",
				"period.endBeforeStart");
	}

	@Test
	void malformedDateIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "startDate", "2023-13-45"), "startDate", "typeMismatch");
	}

	@Test
	void unknownLeadUnitIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "leadUnitId", "99"), "leadUnitId", "unit.unknown");
	}

	@Test
	void unknownAssistingUnitIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "assistUnitIds", "7,98"), "assistUnitIds", "unit.unknown");
	}

	@Test
	void sectionOfAnotherPlanIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "sectionId", "55"), "sectionId", "item.section.invalid");
	}

	@Test
	void unknownOwnerIsRefused() throws Exception {
		expectFieldError(edit("heading", "标题", "ownerId", "42"), "ownerId", "item.owner.unknown");
	}

	@Test
	void itemOutsideTheUsersUnitsIsRefused() throws Exception {
		willThrow(new AccessDeniedException("not yours")).given(this.access).checkItem(this.item);
		this.mvc.perform(get("/items/3/edit").with(staff())).andExpect(status().isForbidden());
		this.mvc.perform(edit("heading", "伪造的修改")).andExpect(status().isForbidden());
		verifyNothingSaved();
	}

	@Test
	void staffOfTheItemsUnitMayNotHandTheItemToAnotherUnit() throws Exception {
		// finding 10 of the outside test: STAFF of 组织部 (7) saved another unit as lead,
		// keeping theirs as assisting
		given(this.access.scope()).willReturn(new EditScope(false, Set.of(7L)));
		org.mockito.BDDMockito.willReturn(true).given(this.units).allExist(any());
		expectFieldError(edit("heading", "标题", "leadUnitId", "8", "assistUnitIds", "7"), "leadUnitId",
				"item.unit.planWideOnly");
		expectFieldError(edit("heading", "标题", "leadUnitId", "7", "assistUnitIds", "8"), "leadUnitId",
				"item.unit.planWideOnly");
		expectFieldError(edit("heading", "标题", "leadUnitId", ""), "leadUnitId", "item.unit.planWideOnly");
	}

	@Test
	void staffOfTheItemsUnitEditTheRestWithTheUnitsAsTheyAre() throws Exception {
		given(this.access.scope()).willReturn(new EditScope(false, Set.of(7L)));
		given(this.editor.updateItem(eq(3L), any(ItemForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("heading", "新标题", "leadUnitId", "7")).andExpect(redirectedUrl("/items/3"));
	}

	@Test
	void staffSeeTheUnitsReadOnlyAndPlanWideEditorsChooseThem() throws Exception {
		given(this.access.scope()).willReturn(new EditScope(false, Set.of(7L)));
		this.mvc.perform(get("/items/3/edit").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lead-unit\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(containsString("<select class=\"form-select\" id=\"leadUnitId\""))))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(containsString("type=\"checkbox\" name=\"assistUnitIds\""))));
		given(this.access.scope()).willReturn(EditScope.EVERYTHING);
		this.mvc.perform(get("/items/3/edit").with(staff()))
			.andExpect(content().string(containsString("<select class=\"form-select\" id=\"leadUnitId\"")));
		org.mockito.BDDMockito.willReturn(true).given(this.units).allExist(any());
		given(this.editor.updateItem(eq(3L), any(ItemForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("heading", "标题", "leadUnitId", "8", "assistUnitIds", "7"))
			.andExpect(redirectedUrl("/items/3"));
	}

	@Test
	void newItemsNeedThePlanWideRight() throws Exception {
		willThrow(new AccessDeniedException("structure")).given(this.access).checkWholePlan();
		this.mvc.perform(get("/sections/2/items/new").with(staff())).andExpect(status().isForbidden());
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updateItem(eq(3L), any(ItemForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit("heading", "我的标题"))
			.andExpect(status().isConflict())
			.andExpect(view().name("conflict"))
			.andExpect(content().string(containsString("我的标题")))
			.andExpect(content().string(containsString("强化基层组织建设")));
	}

	@Test
	void concurrentCommitShowsTheConflictPage() throws Exception {
		given(this.editor.updateItem(eq(3L), any(ItemForm.class)))
			.willThrow(new OptimisticLockingFailureException("row changed"));
		this.mvc.perform(edit("heading", "我的标题")).andExpect(status().isConflict());
	}

	@Override
	protected String editUrl() {
		return "/items/3/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/itemForm";
	}

	@Override
	protected String formName() {
		return "itemForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updateItem(anyLong(), any());
	}

}
