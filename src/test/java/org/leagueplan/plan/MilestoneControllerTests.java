package org.leagueplan.plan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.SliceSecurity;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.leagueplan.plan.PlanFixtures.item;
import static org.leagueplan.plan.PlanFixtures.milestone;
import static org.leagueplan.plan.PlanFixtures.plan;
import static org.leagueplan.plan.PlanFixtures.section;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(MilestoneController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class MilestoneControllerTests extends FormControllerTestSupport {

	private static final Map<String, String> VALID = Map.of("version", "2", "title", "“三。五〞学雷锋日", "dueDate",
			"2023-03-05", "done", "true");

	@MockitoBean
	private PlanOutline outline;

	@MockitoBean
	private PlanEditor editor;

	private final PlanItem item = item(3, section(2, plan(1)), 0);

	private final Milestone milestone = milestone(6, this.item, 2);

	@BeforeEach
	void setUp() {
		given(this.outline.item(3)).willReturn(this.item);
		given(this.outline.milestone(6)).willReturn(this.milestone);
	}

	@Test
	void validCreateRedirectsToTheItem() throws Exception {
		given(this.editor.createMilestone(eq(3L), any(MilestoneForm.class))).willReturn(RecordRef.item(3));
		this.mvc.perform(FormPost.form("/items/3/milestones/new", VALID, "version", ""))
			.andExpect(redirectedUrl("/items/3"))
			.andExpect(flash().attribute("message", "milestone.created"));
	}

	@Test
	void validSaveRedirectsToTheItem() throws Exception {
		given(this.editor.updateMilestone(eq(6L), any(MilestoneForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit()).andExpect(redirectedUrl("/items/3"));
	}

	@Test
	void blankTitleIsRequired() throws Exception {
		expectFieldError(edit("title", ""), "title", "NotBlank");
	}

	@Test
	void missingDateIsRequired() throws Exception {
		expectFieldError(edit("dueDate", ""), "dueDate", "NotNull");
	}

	@Test
	void malformedDateIsRefused() throws Exception {
		expectFieldError(edit("dueDate", "三月五日"), "dueDate", "typeMismatch");
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updateMilestone(eq(6L), any(MilestoneForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit()).andExpect(status().isConflict()).andExpect(view().name("conflict"));
	}

	@Override
	protected String editUrl() {
		return "/milestones/6/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/milestoneForm";
	}

	@Override
	protected String formName() {
		return "milestoneForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updateMilestone(anyLong(), any());
	}

}
