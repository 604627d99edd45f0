package org.leagueplan.plan;

import org.leagueplan.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Archiving, restoring and reordering sections, items, targets, milestones and units:
 * {@code POST /{kind}/{id}/archive}, {@code /restore} and
 * {@code /move?direction=up|down}, each checked against the person's rights on that
 * record.
 */
@Controller
class StructureController {

	private final PlanStructure structure;

	private final PlanOutline outline;

	private final PlanPermissions access;

	StructureController(PlanStructure structure, PlanOutline outline, PlanPermissions access) {
		this.structure = structure;
		this.outline = outline;
		this.access = access;
	}

	@PostMapping("/{kind}/{id}/archive")
	String archive(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(EditFlow.MESSAGE, "record.archived");
		return PlanRoutes.redirect(this.structure.archive(checked(kind, id), id));
	}

	@PostMapping("/{kind}/{id}/restore")
	String restore(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(EditFlow.MESSAGE, "record.restored");
		return PlanRoutes.redirect(this.structure.restore(checked(kind, id), id));
	}

	@PostMapping("/{kind}/{id}/move")
	String move(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String direction) {
		StructureKind checked = checked(kind, id);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction must be up or down");
		}
		return PlanRoutes.redirect(this.structure.move(checked, id, "up".equals(direction)));
	}

	/**
	 * The kind named in the address, once the person may change that record: sections
	 * need the plan-wide scope, items, targets and milestones an item in the person's
	 * scope; units are for administrators (checked by URL).
	 */
	private StructureKind checked(String path, long id) {
		StructureKind kind = kindOf(path);
		if (kind == StructureKind.SECTIONS) {
			this.access.checkWholePlan();
		}
		Long itemId = this.structure.owningItemId(kind, id);
		if (itemId != null) {
			this.access.checkItem(this.outline.item(itemId));
		}
		return kind;
	}

	private static StructureKind kindOf(String path) {
		return StructureKind.fromPath(path).orElseThrow(() -> new NotFoundException("kind", path));
	}

}
