package org.leagueplan.plan;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.plan.PlanOutline.SectionChoice;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing sections (一、) and subsections ((一)). A subsection's parent is a
 * section of the same plan; the tree is at most two levels deep.
 */
@Controller
class SectionController {

	private static final String VIEW_SECTION_FORM = "plan/sectionForm";

	private final PlanOutline outline;

	private final PlanEditor editor;

	private final EditFlow flow;

	private final PlanPermissions access;

	SectionController(PlanOutline outline, PlanEditor editor, EditFlow flow, PlanPermissions access) {
		this.access = access;
		this.outline = outline;
		this.editor = editor;
		this.flow = flow;
	}

	@GetMapping("/plans/{planId}/sections/new")
	String initCreationForm(@PathVariable long planId, @RequestParam(required = false) Long parent, Model model) {
		this.access.checkWholePlan();
		SectionForm form = PlanFormBinding.withToken(new SectionForm());
		form.setParentId(parent);
		model.addAttribute("sectionForm", form);
		return showForm(this.outline.plan(planId), null, model);
	}

	@PostMapping("/plans/{planId}/sections/new")
	String processCreationForm(@PathVariable long planId, @Valid SectionForm sectionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		Plan plan = this.outline.plan(planId);
		validateParent(plan, null, sectionForm, result);
		if (result.hasErrors()) {
			return showForm(plan, null, model);
		}
		return this.flow.create(sectionForm, () -> this.editor.createSection(planId, sectionForm), "section.created",
				redirect);
	}

	@GetMapping("/sections/{sectionId}/edit")
	String initUpdateForm(@PathVariable long sectionId, Model model) {
		this.access.checkWholePlan();
		PlanSection section = this.outline.section(sectionId);
		model.addAttribute("sectionForm", SectionForm.of(section));
		return showForm(section.getPlan(), section, model);
	}

	@PostMapping("/sections/{sectionId}/edit")
	String processUpdateForm(@PathVariable long sectionId, @Valid SectionForm sectionForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		PlanSection section = this.outline.section(sectionId);
		Plan plan = section.getPlan();
		validateParent(plan, section, sectionForm, result);
		if (result.hasErrors()) {
			return showForm(plan, section, model);
		}
		return this.flow.update(() -> this.editor.updateSection(sectionId, sectionForm),
				() -> conflict(this.outline.section(sectionId), sectionForm), PlanRoutes.plan(plan.getId()),
				"section.saved", model, response, redirect);
	}

	private String showForm(Plan plan, PlanSection section, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("section", section);
		model.addAttribute("parents", parentChoices(plan, section));
		return VIEW_SECTION_FORM;
	}

	private List<SectionChoice> parentChoices(Plan plan, PlanSection section) {
		return this.outline.sectionChoices(plan.getId())
			.stream()
			.filter(SectionChoice::topLevel)
			.filter(choice -> section == null || choice.id() != section.getId())
			.toList();
	}

	private void validateParent(Plan plan, PlanSection section, SectionForm form, BindingResult result) {
		if (form.getParentId() == null) {
			return;
		}
		boolean allowed = parentChoices(plan, section).stream().anyMatch(choice -> choice.id() == form.getParentId());
		if (!allowed) {
			result.rejectValue("parentId", "section.parent.invalid");
		}
		else if (section != null && section.getParentId() == null && this.outline.hasSubsections(section)) {
			result.rejectValue("parentId", "section.parent.hasChildren");
		}
	}

	private EditConflict conflict(PlanSection stored, SectionForm mine) {
		List<SectionChoice> choices = this.outline.sectionChoices(stored.getPlan().getId());
		return new EditConflict(PlanRoutes.sectionEdit(stored.getId()), PlanRoutes.plan(stored.getPlan().getId()),
				stored.getVersion())
			.field("section.parent", SectionChoice.labelOf(choices, stored.getParentId()),
					SectionChoice.labelOf(choices, mine.getParentId()), "parentId", mine.getParentId())
			.field("section.title", stored.getTitle(), mine.getTitle(), "title", mine.getTitle());
	}

}
