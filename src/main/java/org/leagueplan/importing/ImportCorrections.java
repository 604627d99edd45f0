package org.leagueplan.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.TargetRow;

/**
 * The corrections beyond editing a field: merging an item into the one before it,
 * splitting an item where the person put an empty line, adding a target or a milestone.
 * Each returns the message key of a refusal, or {@code null} when done.
 */
final class ImportCorrections {

	/** An empty line: where a person marks the place to split. */
	private static final Pattern SPLIT_MARK = Pattern.compile("\\n[ \\t\\u3000]*\\n");

	private final PlanDocumentParser parser;

	ImportCorrections(PlanDocumentParser parser) {
		this.parser = parser;
	}

	/**
	 * Applies {@code merge:3}, {@code split:3}, {@code addTarget:3} or
	 * {@code addMilestone:3} to item 3.
	 */
	String apply(ImportForm form, String action) {
		java.util.Optional<ImportAction> parsed = ImportAction.parse(action);
		return parsed.isPresent() ? apply(form, parsed.get()) : "import.action.unknown";
	}

	/**
	 * Applies a correction to its item; an item that is not (or no longer) there is
	 * refused.
	 */
	String apply(ImportForm form, ImportAction action) {
		int index = action.item();
		if (!action.kind().correction() || index < 0 || index >= form.getItems().size()) {
			return "import.action.unknown";
		}
		return switch (action.kind()) {
			case MERGE -> merge(form, index);
			case SPLIT -> split(form, index);
			case ADD_TARGET -> {
				form.getItems().get(index).getTargets().add(new TargetRow());
				yield null;
			}
			case ADD_MILESTONE -> {
				form.getItems().get(index).getMilestones().add(new MilestoneRow());
				yield null;
			}
			default -> "import.action.unknown";
		};
	}

	/**
	 * The item joins the kept item before it in the same section: texts, targets,
	 * milestones and period together.
	 */
	private static String merge(ImportForm form, int index) {
		ItemRow item = form.getItems().get(index);
		ItemRow previous = null;
		for (int i = index - 1; i >= 0 && previous == null; i--) {
			if (!form.getItems().get(i).isRemoved()) {
				previous = form.getItems().get(i);
			}
		}
		if (previous == null || previous.getSection() != item.getSection()) {
			return "import.merge.noPrevious";
		}
		previous.setText(join(previous.getText(), item.getText()));
		previous.getTargets().addAll(item.getTargets());
		previous.getMilestones().addAll(item.getMilestones());
		previous.setStart(earlier(previous.getStart(), item.getStart()));
		previous.setEnd(later(previous.getEnd(), item.getEnd()));
		form.getItems().remove(index);
		return null;
	}

	/**
	 * The item's text is cut at its first empty line; both parts are read again for
	 * heading, targets and dates (the units, owner and status stay with both).
	 */
	private String split(ImportForm form, int index) {
		ItemRow item = form.getItems().get(index);
		String text = (item.getText() != null) ? item.getText().replace("\r\n", "\n") : "";
		Matcher mark = SPLIT_MARK.matcher(text);
		if (!mark.find() || text.substring(0, mark.start()).isBlank() || text.substring(mark.end()).isBlank()) {
			return "import.split.noMark";
		}
		ItemRow first = reread(item, text.substring(0, mark.start()).strip(), form.getYear());
		ItemRow second = reread(item, text.substring(mark.end()).strip(), form.getYear());
		second.setKey(null);
		form.getItems().set(index, first);
		form.getItems().add(index + 1, second);
		return null;
	}

	private ItemRow reread(ItemRow item, String text, Integer year) {
		ItemRow row = ImportForms.row(this.parser.item(1, text, year), item.getSection());
		row.setKey(item.getKey());
		row.setLeadUnit(item.getLeadUnit());
		row.setAssistUnits(item.getAssistUnits());
		row.setOwner(item.getOwner());
		row.setStatus(item.getStatus());
		return row;
	}

	private static String join(String a, String b) {
		return (a == null || a.isBlank()) ? b : (b == null || b.isBlank()) ? a : a + "\n" + b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
	}

}
