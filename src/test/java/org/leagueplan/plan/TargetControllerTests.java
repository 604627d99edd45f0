package org.leagueplan.plan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.SliceSecurity;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.leagueplan.plan.PlanFixtures.item;
import static org.leagueplan.plan.PlanFixtures.plan;
import static org.leagueplan.plan.PlanFixtures.section;
import static org.leagueplan.plan.PlanFixtures.target;
import static org.leagueplan.plan.FormPost.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(TargetController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class TargetControllerTests extends FormControllerTestSupport {

	private static final Map<String, String> VALID = Map.of("version", "1", "name", "社区综合团委示范点", "kind", "COUNT",
			"comparator", "AT_LEAST", "targetValue", "30", "unitLabel", "家", "dueDate", "2023-12-31");

	@MockitoBean
	private PlanOutline outline;

	@MockitoBean
	private PlanEditor editor;

	private final PlanItem item = item(3, section(2, plan(1)), 0);

	private final Target target = target(5, this.item, 1);

	@BeforeEach
	void setUp() {
		given(this.outline.item(3)).willReturn(this.item);
		given(this.outline.target(5)).willReturn(this.target);
	}

	@Test
	void newTargetFormCarriesAOneTimeToken() throws Exception {
		this.mvc.perform(get("/items/3/targets/new").with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/targetForm"))
			.andExpect(content().string(containsString("name=\"token\"")));
	}

	@Test
	void validCreateRedirectsToTheItem() throws Exception {
		given(this.editor.createTarget(eq(3L), any(TargetForm.class))).willReturn(RecordRef.item(3));
		this.mvc.perform(FormPost.form("/items/3/targets/new", VALID, "version", ""))
			.andExpect(redirectedUrl("/items/3"))
			.andExpect(flash().attribute("message", "target.created"));
	}

	@Test
	void validSaveRedirectsToTheItem() throws Exception {
		given(this.editor.updateTarget(eq(5L), any(TargetForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("targetValue", "35")).andExpect(redirectedUrl("/items/3"));
	}

	@Test
	void percentageIsStoredInPercentWhateverUnitWasTyped() throws Exception {
		given(this.editor.updateTarget(eq(5L), any(TargetForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("kind", "PERCENTAGE", "targetValue", "100", "unitLabel", "个"))
			.andExpect(redirectedUrl("/items/3"));
		then(this.editor).should().updateTarget(eq(5L), argThat(form -> "%".equals(form.getUnitLabel())));
	}

	@Test
	void blankNameIsRequired() throws Exception {
		expectFieldError(edit("name", ""), "name", "NotBlank");
	}

	@Test
	void negativeTargetValueIsRefused() throws Exception {
		expectFieldError(edit("targetValue", "-1"), "targetValue", "DecimalMin");
	}

	@Test
	void textInANumberFieldIsRefused() throws Exception {
		expectFieldError(edit("targetValue", "三十"), "targetValue", "typeMismatch");
	}

	@Test
	void percentageAboveHundredIsRefused() throws Exception {
		expectFieldError(edit("kind", "PERCENTAGE", "targetValue", "20230"), "targetValue", "target.percentage.max");
	}

	@Test
	void countNeedsATargetValue() throws Exception {
		expectFieldError(edit("targetValue", ""), "targetValue", "target.value.required");
	}

	@Test
	void deadlineTargetNeedsItsDate() throws Exception {
		expectFieldError(edit("kind", "DATE", "dueDate", ""), "dueDate", "target.dueDate.required");
	}

	@Test
	void overlongUnitIsRefused() throws Exception {
		expectFieldError(edit("unitLabel", "单".repeat(21)), "unitLabel", "Size");
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updateTarget(eq(5L), any(TargetForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit("targetValue", "40"))
			.andExpect(status().isConflict())
			.andExpect(view().name("conflict"))
			.andExpect(content().string(containsString(">40<")));
	}

	@Override
	protected String editUrl() {
		return "/targets/5/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/targetForm";
	}

	@Override
	protected String formName() {
		return "targetForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updateTarget(anyLong(), any());
	}

}
