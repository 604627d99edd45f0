package org.leagueplan.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.exchange.PlanWorkbookReader;
import org.leagueplan.exchange.UnreadableWorkbook;
import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.exchange.WorkbookHistory.CheckedPlan;
import org.leagueplan.exchange.WorkbookHistory.CheckedTarget;
import org.leagueplan.exchange.WorkbookPlan;
import org.leagueplan.importing.ImportContent.Segment;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.SectionRow;
import org.leagueplan.importing.ImportForm.TargetRow;

/**
 * A plan workbook (the exchange module reads it) as an import to check: the plan it holds
 * as the form a person corrects, the rows read as the source pane, its history kept
 * beside; and the checked form as the view of the plan its history is matched to.
 */
final class WorkbookForms {

	private WorkbookForms() {
	}

	/**
	 * The workbook read as an import; refused as an {@link UnreadableDocument} when it is
	 * not a plan workbook.
	 */
	static ImportContent read(PlanWorkbookReader reader, byte[] content, String name) {
		try {
			return content(reader.read(content, name));
		}
		catch (UnreadableWorkbook ex) {
			throw new UnreadableDocument(ex, ex.messageKey(), ex.arguments());
		}
	}

	static ImportContent content(WorkbookPlan plan) {
		ImportForm form = new ImportForm();
		form.setYear(plan.year());
		form.setTitle(plan.title());
		form.setOrganization(plan.organization());
		form.setPreamble(plan.preamble());
		plan.sections()
			.forEach(section -> form.getSections()
				.add(new SectionRow(section.label(), section.title(), section.parent())));
		for (WorkbookPlan.Item read : plan.items()) {
			ItemRow item = new ItemRow();
			item.setKey(read.key());
			item.setSection(read.section());
			item.setHeading(read.heading());
			item.setText(read.text());
			item.setLeadUnit(read.leadUnit());
			item.setAssistUnits(read.assistUnits());
			item.setOwner(read.owner());
			item.setStart(read.start());
			item.setEnd(read.end());
			item.setStatus(read.status());
			for (WorkbookPlan.Target readTarget : read.targets()) {
				TargetRow target = new TargetRow();
				target.setKey(readTarget.key());
				target.setName(readTarget.name());
				target.setKind(readTarget.kind());
				target.setComparator(readTarget.comparator());
				target.setValue(readTarget.value());
				target.setUnit(readTarget.unit());
				target.setBaseline(readTarget.baseline());
				target.setDueDate(readTarget.dueDate());
				target.setNote(readTarget.note());
				item.getTargets().add(target);
			}
			for (WorkbookPlan.Milestone readMilestone : read.milestones()) {
				MilestoneRow milestone = new MilestoneRow();
				milestone.setTitle(readMilestone.title());
				milestone.setDate(readMilestone.date());
				milestone.setDone(readMilestone.done());
				item.getMilestones().add(milestone);
			}
			form.getItems().add(item);
		}
		List<Segment> source = plan.lines()
			.stream()
			.map(line -> Segment.plain(line.section() ? Segment.Kind.SECTION : Segment.Kind.ROW, line.label(),
					line.text()))
			.toList();
		return new ImportContent(source, form, plan.history(), plan.planned());
	}

	/**
	 * The kept items and targets of the checked form, by key, as the workbook's history
	 * is matched to them.
	 */
	static CheckedPlan checked(ImportForm form) {
		Set<String> items = new HashSet<>();
		Map<String, CheckedTarget> targets = new HashMap<>();
		for (ItemRow item : form.keptItems()) {
			if (item.getKey() != null) {
				items.add(item.getKey());
			}
			item.getTargets()
				.stream()
				.filter(target -> !target.isRemoved() && target.getKey() != null)
				.forEach(target -> targets.put(target.getKey(),
						new CheckedTarget(target.getKind(), ImportForms.implausible(target))));
		}
		return new CheckedPlan(items, targets);
	}

	/** The workbook's history as it fits the checked form. */
	static WorkbookHistory.Match match(ImportForm form, ImportContent content, Set<String> usernames, Integer year,
			java.time.LocalDate today) {
		return WorkbookHistory.match(checked(form), content.history(), content.planned(), usernames, year, today);
	}

}
