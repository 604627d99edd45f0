package org.leagueplan.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.leagueplan.importing.ImportContent.Segment;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.SectionRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Section;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.MilestoneDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.plan.TargetKind;
import org.springframework.util.StringUtils;

/**
 * Turns what the parser read into the form a person corrects (with the source pane beside
 * it), and the corrected form into the draft the plan module saves.
 */
final class ImportForms {

	private ImportForms() {
	}

	static ImportContent fromParsed(ParsedPlan parsed, String organization) {
		ImportForm form = new ImportForm();
		form.setTitle(parsed.title());
		form.setYear(parsed.year());
		form.setOrganization(organization);
		form.setPreamble(parsed.preamble());
		List<Segment> source = new ArrayList<>();
		if (parsed.title() != null) {
			source.add(Segment.plain(Segment.Kind.TITLE, null, parsed.title()));
		}
		if (parsed.preamble() != null) {
			source.add(Segment.plain(Segment.Kind.PREAMBLE, null, parsed.preamble()));
		}
		for (Section section : parsed.sections()) {
			int index = addSection(form, source, section, null);
			for (Section subsection : section.subsections()) {
				addSection(form, source, subsection, index);
			}
		}
		parsed.dropped().forEach(line -> source.add(Segment.plain(Segment.Kind.DROPPED, null, line)));
		return new ImportContent(source, form);
	}

	private static int addSection(ImportForm form, List<Segment> source, Section section, Integer parent) {
		int index = form.getSections().size();
		form.getSections().add(new SectionRow(section.label(), section.title(), parent));
		source.add(Segment.plain(Segment.Kind.SECTION, section.label(), section.title()));
		for (Item item : section.items()) {
			ItemRow row = row(item, index);
			row.setKey("i" + (form.getItems().size() + 1));
			form.getItems().add(row);
			source.add(Segment.item(item.number() + ".", row.getKey(), item.text(), item.marks()));
		}
		return index;
	}

	/** An item row from the parser's reading of an item's text. */
	static ItemRow row(Item item, int section) {
		ItemRow row = new ItemRow();
		row.setSection(section);
		row.setHeading(item.heading());
		row.setText(item.text());
		row.setStart(item.start());
		row.setEnd(item.end());
		for (ParsedPlan.Target found : item.targets()) {
			TargetRow target = new TargetRow();
			target.setName(found.name());
			target.setKind(found.kind());
			target.setComparator(found.comparator());
			target.setValue(found.value());
			target.setUnit(found.unit());
			row.getTargets().add(target);
		}
		for (ParsedPlan.Milestone found : item.milestones()) {
			MilestoneRow milestone = new MilestoneRow();
			milestone.setTitle(found.title());
			milestone.setDate(found.date());
			row.getMilestones().add(milestone);
		}
		return row;
	}

	/**
	 * Whether a target's value needs the person's confirmation: more than its kind allows
	 * (a percentage above 100).
	 */
	static boolean implausible(TargetRow target) {
		return target.getKind() != null && target.getKind().exceedsMaximum(target.getValue());
	}

	/**
	 * The checked form as a draft: removed items, targets and milestones left out, a
	 * confirmed percentage above 100 kept as a number in %.
	 * @param ownerIds user ids by lower-case user name
	 */
	static PlanDraft toDraft(ImportForm form, Map<String, Long> ownerIds) {
		List<SectionDraft> sections = new ArrayList<>();
		for (int i = 0; i < form.getSections().size(); i++) {
			if (form.getSections().get(i).getParent() == null) {
				sections.add(section(form, i, ownerIds));
			}
		}
		return new PlanDraft(form.getYear(), form.getTitle(), form.getOrganization(), form.getPreamble(), false,
				List.of(), sections);
	}

	private static SectionDraft section(ImportForm form, int index, Map<String, Long> ownerIds) {
		List<SectionDraft> subsections = new ArrayList<>();
		for (int i = 0; i < form.getSections().size(); i++) {
			if (Objects.equals(form.getSections().get(i).getParent(), index)) {
				subsections.add(section(form, i, ownerIds));
			}
		}
		List<ItemDraft> items = form.itemsOf(index).stream().map(item -> item(item, ownerIds)).toList();
		return new SectionDraft(form.getSections().get(index).getTitle(), items, subsections);
	}

	private static ItemDraft item(ItemRow item, Map<String, Long> ownerIds) {
		List<TargetDraft> targets = item.getTargets().stream().filter(target -> !target.isRemoved()).map(target -> {
			boolean keptAsNumber = implausible(target);
			return new TargetDraft(target.getKey(), target.getName(),
					keptAsNumber ? TargetKind.COUNT : target.getKind(), target.getComparator(),
					target.getKind().isNumeric() ? target.getValue() : null,
					keptAsNumber ? "%" : emptyToNull(target.getUnit()), target.getBaseline(), target.getDueDate(),
					emptyToNull(target.getNote()));
		}).toList();
		List<MilestoneDraft> milestones = item.getMilestones()
			.stream()
			.filter(milestone -> !milestone.isRemoved())
			.map(milestone -> new MilestoneDraft(milestone.getTitle(), milestone.getDate(), milestone.isDone()))
			.toList();
		Long owner = StringUtils.hasText(item.getOwner()) ? ownerIds.get(item.getOwner().strip().toLowerCase()) : null;
		return new ItemDraft(item.getKey(), item.getHeading(), item.getText(), emptyToNull(item.getLeadUnit()),
				unitNames(item.getAssistUnits()), owner, item.getStart(), item.getEnd(), item.getStatus(), targets,
				milestones);
	}

	/**
	 * Unit names written one after another, separated by 、 , ， ; or ； (a name itself may
	 * hold spaces).
	 */
	static List<String> unitNames(String names) {
		if (!StringUtils.hasText(names)) {
			return List.of();
		}
		return Arrays.stream(names.split("[、,，;；]+"))
			.map(String::strip)
			.filter(StringUtils::hasText)
			.distinct()
			.toList();
	}

	private static String emptyToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
