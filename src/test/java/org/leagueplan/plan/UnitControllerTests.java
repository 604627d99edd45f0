package org.leagueplan.plan;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.SliceSecurity;
import org.leagueplan.account.UserDirectory;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.leagueplan.plan.PlanFixtures.unit;
import static org.leagueplan.plan.FormPost.admin;
import static org.leagueplan.plan.FormPost.leader;
import static org.leagueplan.plan.FormPost.staff;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(UnitController.class)
@Import({ EditFlow.class, SliceSecurity.class })
class UnitControllerTests extends FormControllerTestSupport {

	private static final Map<String, String> VALID = Map.of("version", "0", "name", "组织部", "kind", "OFFICE");

	@MockitoBean
	private UnitCatalog units;

	@MockitoBean
	private UserDirectory users;

	@MockitoBean
	private PlanEditor editor;

	private final OrgUnit unit = unit(7, "组织部");

	@BeforeEach
	void setUp() {
		given(this.units.unit(7)).willReturn(this.unit);
		given(this.units.findByName(anyString())).willReturn(Optional.empty());
		given(this.units.findByName("组织部")).willReturn(Optional.of(this.unit));
		given(this.units.findByName("宣传部")).willReturn(Optional.of(unit(8, "宣传部")));
		given(this.editor.earlierResult(any())).willReturn(Optional.empty());
	}

	@Test
	void everyoneMayReadTheUnitList() throws Exception {
		this.mvc.perform(get("/units").with(leader()))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/unitList"));
	}

	@Test
	void validCreateRedirectsToTheList() throws Exception {
		given(this.editor.createUnit(any(UnitForm.class))).willReturn(RecordRef.units());
		this.mvc.perform(FormPost.form("/units/new", VALID, "name", "社区青年工作部").with(admin()))
			.andExpect(redirectedUrl("/units"))
			.andExpect(flash().attribute("message", "unit.created"));
	}

	@Test
	void keepingItsOwnNameIsNotADuplicate() throws Exception {
		given(this.editor.updateUnit(eq(7L), any(UnitForm.class))).willReturn(SaveOutcome.SAVED);
		this.mvc.perform(edit("kind", "AGENCY")).andExpect(redirectedUrl("/units"));
	}

	@Test
	void anotherUnitsNameIsADuplicate() throws Exception {
		expectFieldError(edit("name", "宣传部"), "name", "unit.name.duplicate");
	}

	@Test
	void blankNameIsRequired() throws Exception {
		expectFieldError(edit("name", ""), "name", "NotBlank");
	}

	@Test
	void unknownKindIsRefused() throws Exception {
		expectFieldError(edit("kind", "PALACE"), "kind", "typeMismatch");
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		given(this.editor.updateUnit(eq(7L), any(UnitForm.class))).willReturn(SaveOutcome.CONFLICT);
		this.mvc.perform(edit("name", "组织部（新）")).andExpect(status().isConflict());
	}

	@Test
	void staffAndLeaderMayNotManageUnits() throws Exception {
		this.mvc.perform(edit().with(staff())).andExpect(status().isForbidden());
		this.mvc.perform(edit().with(leader())).andExpect(status().isForbidden());
		this.mvc.perform(get("/units/new").with(staff())).andExpect(status().isForbidden());
		then(this.editor).should(never()).updateUnit(anyLong(), any());
	}

	@Override
	protected String editUrl() {
		return "/units/7/edit";
	}

	@Override
	protected Map<String, String> validFields() {
		return VALID;
	}

	@Override
	protected String formView() {
		return "plan/unitForm";
	}

	@Override
	protected String formName() {
		return "unitForm";
	}

	@Override
	protected void verifyNothingSaved() {
		then(this.editor).should(never()).updateUnit(anyLong(), any());
	}

	@Override
	protected org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return admin();
	}

}
