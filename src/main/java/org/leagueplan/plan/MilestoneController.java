package org.leagueplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing an item's milestones (时间节点).
 */
@Controller
class MilestoneController {

	private static final String VIEW_MILESTONE_FORM = "plan/milestoneForm";

	private final PlanOutline outline;

	private final PlanEditor editor;

	private final EditFlow flow;

	private final PlanPermissions access;

	MilestoneController(PlanOutline outline, PlanEditor editor, EditFlow flow, PlanPermissions access) {
		this.access = access;
		this.outline = outline;
		this.editor = editor;
		this.flow = flow;
	}

	@GetMapping("/items/{itemId}/milestones/new")
	String initCreationForm(@PathVariable long itemId, Model model) {
		this.access.checkItem(this.outline.item(itemId));
		model.addAttribute("milestoneForm", PlanFormBinding.withToken(new MilestoneForm()));
		return showForm(this.outline.item(itemId), null, model);
	}

	@PostMapping("/items/{itemId}/milestones/new")
	String processCreationForm(@PathVariable long itemId, @Valid MilestoneForm milestoneForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PlanItem item = this.outline.item(itemId);
		this.access.checkItem(item);
		if (result.hasErrors()) {
			return showForm(item, null, model);
		}
		return this.flow.create(milestoneForm, () -> this.editor.createMilestone(itemId, milestoneForm),
				"milestone.created", redirect);
	}

	@GetMapping("/milestones/{milestoneId}/edit")
	String initUpdateForm(@PathVariable long milestoneId, Model model) {
		Milestone milestone = this.outline.milestone(milestoneId);
		this.access.checkItem(this.outline.item(milestone.getItemId()));
		model.addAttribute("milestoneForm", MilestoneForm.of(milestone));
		return showForm(milestone.getItem(), milestone, model);
	}

	@PostMapping("/milestones/{milestoneId}/edit")
	String processUpdateForm(@PathVariable long milestoneId, @Valid MilestoneForm milestoneForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Milestone milestone = this.outline.milestone(milestoneId);
		this.access.checkItem(this.outline.item(milestone.getItemId()));
		if (result.hasErrors()) {
			return showForm(milestone.getItem(), milestone, model);
		}
		return this.flow.update(() -> this.editor.updateMilestone(milestoneId, milestoneForm),
				() -> conflict(this.outline.milestone(milestoneId), milestoneForm),
				PlanRoutes.item(milestone.getItemId()), "milestone.saved", model, response, redirect);
	}

	private static String showForm(PlanItem item, Milestone milestone, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("milestone", milestone);
		return VIEW_MILESTONE_FORM;
	}

	private static EditConflict conflict(Milestone stored, MilestoneForm mine) {
		return new EditConflict(PlanRoutes.milestoneEdit(stored.getId()), PlanRoutes.item(stored.getItemId()),
				stored.getVersion())
			.field("milestone.title", stored.getTitle(), mine.getTitle(), "title", mine.getTitle())
			.field("milestone.dueDate", stored.getDueDate(), mine.getDueDate(), "dueDate", mine.getDueDate())
			.field("milestone.done", stored.isDone(), mine.isDone(), "done", mine.isDone());
	}

}
