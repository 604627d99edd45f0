package org.leagueplan.importing;

import java.util.Map;

import org.leagueplan.plan.PlanPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The background save of an import: the progress page, and the status its script asks for
 * until the plan is saved.
 */
@Controller
class ImportProgressController {

	static final String VIEW_PROGRESS = "importing/progress";

	private final PlanImports imports;

	private final ImportSaver saver;

	private final PlanPermissions permissions;

	ImportProgressController(PlanImports imports, ImportSaver saver, PlanPermissions permissions) {
		this.imports = imports;
		this.saver = saver;
		this.permissions = permissions;
	}

	/**
	 * Importing needs the plan-wide right: refused (403, and a line in the audit log)
	 * otherwise.
	 */
	@ModelAttribute
	void checkRight() {
		this.permissions.checkImport();
	}

	@GetMapping("/imports/{importId}/progress")
	String showProgress(@PathVariable long importId, Model model) {
		PlanImport found = this.imports.find(importId);
		model.addAttribute("upload", found);
		model.addAttribute("state", this.saver.stateOf(found));
		model.addAttribute("saveFailure", this.saver.failureOf(found));
		return VIEW_PROGRESS;
	}

	@GetMapping(path = "/imports/{importId}/status", produces = "application/json")
	@ResponseBody
	Map<String, Object> status(@PathVariable long importId) {
		PlanImport found = this.imports.find(importId);
		return Map.of("state", this.saver.stateOf(found).name(), "saved", found.getItemsSaved(), "total",
				found.getItemsTotal(), "plan", (found.getPlanId() != null) ? "/plans/" + found.getPlanId() : "");
	}

}
