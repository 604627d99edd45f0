package org.leagueplan.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.SliceSecurity;
import org.leagueplan.plan.PlanOutline.SectionChoice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

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

@WebMvcTest(SectionController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class SectionControllerTests extends FormControllerTestSupport {

	private static final Map<String, String> VALID = Map.of("version", "0", "title", "加强团的自身建设");

	@MockitoBean
	private PlanOutline outline;

	@MockitoBean
	private PlanEditor editor;

	private final Plan plan = plan(1);

	private final PlanSection section = section(2, this.plan);

	@BeforeEach
	void setUp() {
		given(this.outline.plan(1)).willReturn(this.plan);
		given(this.outline.section(2)).willReturn(this.section);
		given(this.outline.sectionChoices(1))
			.willReturn(List.of(new SectionChoice(2, "一、加强团的自身建设", true), new SectionChoice(3, "三、志愿效劳", true)));
	}

	@Test
	void validCreateRedirectsToThePlan() throws Exception {
		given(this.editor.createSection(eq(1L), any(SectionForm.class))).willReturn(RecordRef.plan(1));
		this.mvc.perform(FormPost.form("/plans/1/sections/new", VALID, "parentId", "3"))
			.andExpect(redirectedUrl("/plans/1"))
			.andExpect(flash().attribute("message", "section.created"));
	}

	@Test
	void validSaveRedirectsToThePlan() throws Exception {
		given(this.editor.updateSection(eq(2L), any(SectionForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("title", "新标题")).andExpect(redirectedUrl("/plans/1"));
	}

	@Test
	void blankTitleIsRequired() throws Exception {
		expectFieldError(edit("title", ""), "title", "NotBlank");
	}

	@Test
	void sectionCannotBeItsOwnParent() throws Exception {
		expectFieldError(edit("parentId", "2"), "parentId", "section.parent.invalid");
	}

	@Test
	void parentFromAnotherPlanIsRefused() throws Exception {
		expectFieldError(edit("parentId", "77"), "parentId", "section.parent.invalid");
	}

	@Test
	void sectionWithSubsectionsCannotBecomeASubsection() throws Exception {
		given(this.outline.hasSubsections(this.section)).willReturn(true);
		expectFieldError(edit("parentId", "3"), "parentId", "section.parent.hasChildren");
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updateSection(eq(2L), any(SectionForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit("title", "我的标题")).andExpect(status().isConflict()).andExpect(view().name("conflict"));
	}

	@Override
	protected String editUrl() {
		return "/sections/2/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/sectionForm";
	}

	@Override
	protected String formName() {
		return "sectionForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updateSection(anyLong(), any());
	}

}
