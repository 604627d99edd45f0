package org.leagueplan.plan;

/**
 * The addresses of the plan's pages, built in this one place from the ids the domain
 * answers: the plan's services return a {@link RecordRef} (or an id), never a path.
 */
final class PlanRoutes {

	private PlanRoutes() {
	}

	static String plans() {
		return "/plans";
	}

	static String plan(long planId) {
		return plans() + "/" + planId;
	}

	static String planEdit(long planId) {
		return plan(planId) + "/edit";
	}

	static String sectionEdit(long sectionId) {
		return "/sections/" + sectionId + "/edit";
	}

	static String item(long itemId) {
		return "/items/" + itemId;
	}

	static String itemEdit(long itemId) {
		return item(itemId) + "/edit";
	}

	static String targetEdit(long targetId) {
		return "/targets/" + targetId + "/edit";
	}

	static String milestoneEdit(long milestoneId) {
		return "/milestones/" + milestoneId + "/edit";
	}

	static String units() {
		return "/units";
	}

	static String unitEdit(long unitId) {
		return units() + "/" + unitId + "/edit";
	}

	/** The page that shows the record. */
	static String of(RecordRef record) {
		return switch (record.kind()) {
			case PLAN -> plan(record.id());
			case ITEM -> item(record.id());
			case UNITS -> units();
		};
	}

	/** A Post-Redirect-Get's view name for the page. */
	static String redirect(String path) {
		return "redirect:" + path;
	}

	static String redirect(RecordRef record) {
		return redirect(of(record));
	}

}
