package org.leagueplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanOutline.SectionChoice;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page, and creating and editing items: heading, text, section (moving it),
 * units, owner, period, status.
 */
@Controller
class ItemController {

	private static final String VIEW_ITEM = "plan/itemDetails";

	private static final String VIEW_ITEM_FORM = "plan/itemForm";

	private final PlanOutline outline;

	private final UnitCatalog units;

	private final UserDirectory users;

	private final PlanEditor editor;

	private final EditFlow flow;

	private final PlanPermissions access;

	ItemController(PlanOutline outline, UnitCatalog units, UserDirectory users, PlanEditor editor, EditFlow flow,
			PlanPermissions access) {
		this.access = access;
		this.outline = outline;
		this.units = units;
		this.users = users;
		this.editor = editor;
		this.flow = flow;
	}

	@InitBinder("itemForm")
	void initItemBinder(WebDataBinder binder) {
		binder.addValidators(new ItemFormValidator());
	}

	@GetMapping("/items/{itemId}")
	String showItem(@PathVariable long itemId, Model model) {
		model.addAttribute("details", this.outline.itemDetails(itemId));
		return VIEW_ITEM;
	}

	@GetMapping("/sections/{sectionId}/items/new")
	String initCreationForm(@PathVariable long sectionId, Model model) {
		this.access.checkWholePlan();
		PlanSection section = this.outline.section(sectionId);
		ItemForm form = PlanFormBinding.withToken(new ItemForm());
		form.setSectionId(sectionId);
		model.addAttribute("itemForm", form);
		return showForm(section.getPlan().getId(), null, model);
	}

	@PostMapping("/sections/{sectionId}/items/new")
	String processCreationForm(@PathVariable long sectionId, @Valid ItemForm itemForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		long planId = this.outline.section(sectionId).getPlan().getId();
		validateReferences(planId, itemForm, result);
		if (result.hasErrors()) {
			return showForm(planId, null, model);
		}
		return this.flow.create(itemForm, () -> this.editor.createItem(itemForm), "item.created", redirect);
	}

	@GetMapping("/items/{itemId}/edit")
	String initUpdateForm(@PathVariable long itemId, Model model) {
		PlanItem item = this.outline.item(itemId);
		this.access.checkItem(item);
		model.addAttribute("itemForm", ItemForm.of(item));
		return showForm(item.getSection().getPlan().getId(), item, model);
	}

	@PostMapping("/items/{itemId}/edit")
	String processUpdateForm(@PathVariable long itemId, @Valid ItemForm itemForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanItem item = this.outline.item(itemId);
		this.access.checkItem(item);
		long planId = item.getSection().getPlan().getId();
		validateReferences(planId, itemForm, result);
		if (!this.access.scope().mayAssignUnits(item, itemForm.getLeadUnitId(), itemForm.distinctAssistUnitIds())) {
			result.rejectValue("leadUnitId", "item.unit.planWideOnly");
		}
		if (result.hasErrors()) {
			return showForm(planId, item, model);
		}
		return this.flow.update(() -> this.editor.updateItem(itemId, itemForm),
				() -> conflict(this.outline.item(itemId), itemForm), PlanRoutes.item(itemId), "item.saved", model,
				response, redirect);
	}

	private String showForm(long planId, PlanItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("plan", this.outline.plan(planId));
		model.addAttribute("sections", this.outline.sectionChoices(planId));
		model.addAttribute("units", this.units.active());
		model.addAttribute("owners", this.users.findAssignable());
		model.addAttribute("statuses", ItemStatus.values());
		return VIEW_ITEM_FORM;
	}

	/** The section must belong to the item's plan; units and owner must exist. */
	private void validateReferences(long planId, ItemForm form, BindingResult result) {
		if (form.getSectionId() != null
				&& SectionChoice.labelOf(this.outline.sectionChoices(planId), form.getSectionId()) == null) {
			result.rejectValue("sectionId", "item.section.invalid");
		}
		if (form.getLeadUnitId() != null && !this.units.allExist(Set.of(form.getLeadUnitId()))) {
			result.rejectValue("leadUnitId", "unit.unknown");
		}
		if (!this.units.allExist(form.distinctAssistUnitIds())) {
			result.rejectValue("assistUnitIds", "unit.unknown");
		}
		if (form.getOwnerId() != null && !this.users.exists(form.getOwnerId())) {
			result.rejectValue("ownerId", "item.owner.unknown");
		}
	}

	private EditConflict conflict(PlanItem stored, ItemForm mine) {
		List<SectionChoice> sections = this.outline.sectionChoices(stored.getSection().getPlan().getId());
		Map<Long, String> unitNames = this.units.active()
			.stream()
			.collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
		Map<Long, UserSummary> owners = this.users.findAssignable()
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		ItemForm was = ItemForm.of(stored);
		return new EditConflict(PlanRoutes.itemEdit(stored.getId()), PlanRoutes.item(stored.getId()),
				stored.getVersion())
			.field("item.section", SectionChoice.labelOf(sections, was.getSectionId()),
					SectionChoice.labelOf(sections, mine.getSectionId()), "sectionId", mine.getSectionId())
			.field("item.heading", was.getHeading(), mine.getHeading(), "heading", mine.getHeading())
			.field("item.body", was.getBody(), mine.getBody(), "body", mine.getBody())
			.field("item.leadUnit", unitNames.get(was.getLeadUnitId()), unitNames.get(mine.getLeadUnitId()),
					"leadUnitId", mine.getLeadUnitId())
			.field("item.assistUnits", names(was.distinctAssistUnitIds(), unitNames),
					names(mine.distinctAssistUnitIds(), unitNames), "assistUnitIds",
					mine.distinctAssistUnitIds().toArray())
			.field("item.owner", displayName(owners, was.getOwnerId()), displayName(owners, mine.getOwnerId()),
					"ownerId", mine.getOwnerId())
			.field("item.startDate", was.getStartDate(), mine.getStartDate(), "startDate", mine.getStartDate())
			.field("item.endDate", was.getEndDate(), mine.getEndDate(), "endDate", mine.getEndDate())
			.choice("item.status", "itemStatus", was.getStatus(), mine.getStatus(), "status");
	}

	private static String names(Set<Long> ids, Map<Long, String> names) {
		return ids.stream().map(names::get).collect(Collectors.joining("、"));
	}

	private static String displayName(Map<Long, UserSummary> owners, Long ownerId) {
		UserSummary owner = (ownerId != null) ? owners.get(ownerId) : null;
		return (owner != null) ? owner.displayName() : null;
	}

}
