package org.leagueplan.plan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.SliceSecurity;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.leagueplan.plan.PlanFixtures.plan;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PlanFormController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class PlanFormControllerTests extends FormControllerTestSupport {

	private static final Map<String, String> VALID = Map.of("version", "0", "year", "2024", "title", "2024年区团委工作计划",
			"organization", "共青团罗湖区委员会", "preamble", "导语", "status", "DRAFT");

	@MockitoBean
	private PlanOutline outline;

	@MockitoBean
	private PlanEditor editor;

	@BeforeEach
	void setUp() {
		given(this.outline.plan(1)).willReturn(plan(1));
	}

	@Test
	void validCreateRedirectsToTheNewPlan() throws Exception {
		given(this.editor.createPlan(any(PlanForm.class))).willReturn(RecordRef.plan(2));
		this.mvc.perform(FormPost.form("/plans/new", VALID, "version", ""))
			.andExpect(redirectedUrl("/plans/2"))
			.andExpect(flash().attribute("message", "plan.created"));
	}

	@Test
	void validSaveRedirectsToThePlan() throws Exception {
		given(this.editor.updatePlan(eq(1L), any(PlanForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit()).andExpect(redirectedUrl("/plans/1"));
	}

	@Test
	void yearOutsideTheRangeIsRefused() throws Exception {
		expectFieldError(edit("year", "1899"), "year", "Min");
		expectFieldError(edit("year", "20230"), "year", "Max");
	}

	@Test
	void yearMustBeAWholeNumber() throws Exception {
		expectFieldError(edit("year", "二〇二四"), "year", "typeMismatch");
	}

	@Test
	void blankTitleAndOrganizationAreRequired() throws Exception {
		expectFieldError(edit("title", ""), "title", "NotBlank");
		expectFieldError(edit("organization", ""), "organization", "NotBlank");
	}

	@Test
	void validationMessagesAreInChinese() throws Exception {
		this.mvc.perform(edit("title", "")).andExpect(content().string(containsString("此项必须填写。")));
	}

	@Test
	void overlongPreambleIsRefused() throws Exception {
		expectFieldError(edit("preamble", "字".repeat(8001)), "preamble", "Size");
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updatePlan(eq(1L), any(PlanForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit("title", "我的标题"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("我的标题")));
	}

	@Override
	protected String editUrl() {
		return "/plans/1/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/planForm";
	}

	@Override
	protected String formName() {
		return "planForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updatePlan(anyLong(), any());
	}

}
