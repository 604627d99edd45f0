package org.leagueplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of responsible units (责任单位) with their members, and creating and editing them
 * (ADMIN). Members are assigned on the user administration pages.
 */
@Controller
class UnitController {

	private static final String VIEW_UNIT_LIST = "plan/unitList";

	private static final String VIEW_UNIT_FORM = "plan/unitForm";

	private final UnitCatalog units;

	private final UserDirectory users;

	private final PlanEditor editor;

	private final EditFlow flow;

	UnitController(UnitCatalog units, UserDirectory users, PlanEditor editor, EditFlow flow) {
		this.units = units;
		this.users = users;
		this.editor = editor;
		this.flow = flow;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping("/units")
	String listUnits(Model model) {
		model.addAttribute("units", this.units.active());
		model.addAttribute("archivedUnits", this.units.archived());
		model.addAttribute("members", this.users.membersByUnit());
		return VIEW_UNIT_LIST;
	}

	@GetMapping("/units/new")
	String initCreationForm(Model model) {
		model.addAttribute("unitForm", PlanFormBinding.withToken(new UnitForm()));
		return VIEW_UNIT_FORM;
	}

	@PostMapping("/units/new")
	String processCreationForm(@Valid UnitForm unitForm, BindingResult result, RedirectAttributes redirect) {
		validateName(null, unitForm, result);
		if (result.hasErrors()) {
			return VIEW_UNIT_FORM;
		}
		return this.flow.create(unitForm, () -> this.editor.createUnit(unitForm), "unit.created", redirect);
	}

	@GetMapping("/units/{unitId}/edit")
	String initUpdateForm(@PathVariable long unitId, Model model) {
		OrgUnit unit = this.units.unit(unitId);
		model.addAttribute("unit", unit);
		model.addAttribute("unitForm", UnitForm.of(unit));
		return VIEW_UNIT_FORM;
	}

	@PostMapping("/units/{unitId}/edit")
	String processUpdateForm(@PathVariable long unitId, @Valid UnitForm unitForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrgUnit unit = this.units.unit(unitId);
		validateName(unit, unitForm, result);
		if (result.hasErrors()) {
			model.addAttribute("unit", unit);
			return VIEW_UNIT_FORM;
		}
		return this.flow.update(() -> this.editor.updateUnit(unitId, unitForm),
				() -> conflict(this.units.unit(unitId), unitForm), PlanRoutes.units(), "unit.saved", model, response,
				redirect);
	}

	/**
	 * Unit names are unique, ignoring case; a repeated create of the same form is not a
	 * duplicate.
	 */
	private void validateName(OrgUnit unit, UnitForm form, BindingResult result) {
		if (form.getName() == null || this.flow.isRepeatedCreate(form)) {
			return;
		}
		this.units.findByName(form.getName())
			.filter(other -> unit == null || !other.getId().equals(unit.getId()))
			.ifPresent(other -> result.rejectValue("name", "unit.name.duplicate"));
	}

	private static EditConflict conflict(OrgUnit stored, UnitForm mine) {
		return new EditConflict(PlanRoutes.unitEdit(stored.getId()), PlanRoutes.units(), stored.getVersion())
			.field("unit.name", stored.getName(), mine.getName(), "name", mine.getName())
			.choice("unit.kind", "unitKind", stored.getKind(), mine.getKind(), "kind");
	}

}
