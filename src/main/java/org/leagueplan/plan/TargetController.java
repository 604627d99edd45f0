package org.leagueplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing an item's numeric targets (量化指标).
 */
@Controller
class TargetController {

	private static final String VIEW_TARGET_FORM = "plan/targetForm";

	private final PlanOutline outline;

	private final PlanEditor editor;

	private final EditFlow flow;

	private final PlanPermissions access;

	TargetController(PlanOutline outline, PlanEditor editor, EditFlow flow, PlanPermissions access) {
		this.access = access;
		this.outline = outline;
		this.editor = editor;
		this.flow = flow;
	}

	@InitBinder("targetForm")
	void initTargetBinder(WebDataBinder binder) {
		binder.addValidators(new TargetFormValidator());
	}

	@ModelAttribute("kinds")
	TargetKind[] kinds() {
		return TargetKind.values();
	}

	@ModelAttribute("comparators")
	TargetComparator[] comparators() {
		return TargetComparator.values();
	}

	@GetMapping("/items/{itemId}/targets/new")
	String initCreationForm(@PathVariable long itemId, Model model) {
		this.access.checkItem(this.outline.item(itemId));
		model.addAttribute("targetForm", PlanFormBinding.withToken(new TargetForm()));
		return showForm(this.outline.item(itemId), null, model);
	}

	@PostMapping("/items/{itemId}/targets/new")
	String processCreationForm(@PathVariable long itemId, @Valid TargetForm targetForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PlanItem item = this.outline.item(itemId);
		this.access.checkItem(item);
		if (result.hasErrors()) {
			return showForm(item, null, model);
		}
		return this.flow.create(targetForm, () -> this.editor.createTarget(itemId, targetForm), "target.created",
				redirect);
	}

	@GetMapping("/targets/{targetId}/edit")
	String initUpdateForm(@PathVariable long targetId, Model model) {
		Target target = this.outline.target(targetId);
		this.access.checkItem(this.outline.item(target.getItemId()));
		model.addAttribute("targetForm", TargetForm.of(target));
		return showForm(target.getItem(), target, model);
	}

	@PostMapping("/targets/{targetId}/edit")
	String processUpdateForm(@PathVariable long targetId, @Valid TargetForm targetForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Target target = this.outline.target(targetId);
		this.access.checkItem(this.outline.item(target.getItemId()));
		if (result.hasErrors()) {
			return showForm(target.getItem(), target, model);
		}
		return this.flow.update(() -> this.editor.updateTarget(targetId, targetForm),
				() -> conflict(this.outline.target(targetId), targetForm), PlanRoutes.item(target.getItemId()),
				"target.saved", model, response, redirect);
	}

	private static String showForm(PlanItem item, Target target, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("target", target);
		return VIEW_TARGET_FORM;
	}

	private static EditConflict conflict(Target stored, TargetForm mine) {
		return new EditConflict(PlanRoutes.targetEdit(stored.getId()), PlanRoutes.item(stored.getItemId()),
				stored.getVersion())
			.field("target.name", stored.getName(), mine.getName(), "name", mine.getName())
			.choice("target.kind", "targetKind", stored.getKind(), mine.getKind(), "kind")
			.choice("target.comparator", "targetComparator", stored.getComparator(), mine.getComparator(), "comparator")
			.field("target.targetValue", plain(stored.getTargetValue()), plain(mine.getTargetValue()), "targetValue",
					mine.getTargetValue())
			.field("target.unitLabel", stored.getUnitLabel(), mine.getUnitLabel(), "unitLabel", mine.getUnitLabel())
			.field("target.baseline", plain(stored.getBaseline()), plain(mine.getBaseline()), "baseline",
					mine.getBaseline())
			.field("target.dueDate", stored.getDueDate(), mine.getDueDate(), "dueDate", mine.getDueDate())
			.field("target.note", stored.getNote(), mine.getNote(), "note", mine.getNote());
	}

	private static String plain(java.math.BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

}
