package org.leagueplan.plan.web;

import org.leagueplan.plan.internal.PlanStructure;
import org.leagueplan.plan.internal.StructureKind;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Archiving, restoring and reordering sections, items, targets, milestones and units:
 * {@code POST /{kind}/{id}/archive}, {@code /restore} and {@code /move?direction=up|down}.
 */
@Controller
class StructureController {

	private final PlanStructure structure;

	StructureController(PlanStructure structure) {
		this.structure = structure;
	}

	@PostMapping("/{kind}/{id}/archive")
	String archive(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(EditFlow.MESSAGE, "record.archived");
		return "redirect:" + this.structure.archive(kindOf(kind), id);
	}

	@PostMapping("/{kind}/{id}/restore")
	String restore(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(EditFlow.MESSAGE, "record.restored");
		return "redirect:" + this.structure.restore(kindOf(kind), id);
	}

	@PostMapping("/{kind}/{id}/move")
	String move(@PathVariable String kind, @PathVariable long id, @RequestParam String direction) {
		return "redirect:" + this.structure.move(kindOf(kind), id, "up".equals(direction));
	}

	private static StructureKind kindOf(String path) {
		return StructureKind.fromPath(path).orElseThrow(() -> new NotFoundException("kind", path));
	}

}
