package org.leagueplan.plan.internal;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the real 2023 plan as demo data when the database holds no plan yet and {@code leagueplan.demo-data} is on
 * (the zero-setup default; the {@code postgres} profile turns it off). Structure, headings and full texts come from
 * the document as downloaded ({@code demo/2023-district-work-plan.txt}); the targets, dates and units a person reads
 * in it come from {@code demo/2023-plan-details.txt}.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("leagueplan.demo-data")
class DemoPlanLoader implements ApplicationRunner {

	static final String DOCUMENT = "demo/2023-district-work-plan.txt";

	static final String DETAILS = "demo/2023-plan-details.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");

	private static final Pattern SUBSECTION = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）]、?(.+)$");

	private static final Pattern ITEM = Pattern.compile("^(\\d+)、(.+)$");

	private static final Pattern PAGE_FOOTER = Pattern.compile("^第\\d+页\\s*共\\d+页$");

	private static final Pattern HEADING_END = Pattern.compile("[。，,；;]");

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	DemoPlanLoader(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items,
			TargetRepository targets, MilestoneRepository milestones, OrgUnitRepository units) {
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.plans.count() > 0) {
			return;
		}
		Document document = Document.parse(read(DOCUMENT));
		List<String[]> details = read(DETAILS).stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\\|", -1))
			.toList();
		Plan plan = load(document, details);
		log.info("Loaded the demo plan '{}' ({} items)", plan.getTitle(), document.itemCount());
	}

	private Plan load(Document document, List<String[]> details) {
		String[] header = details.stream().filter(row -> row[0].equals("plan")).findFirst().orElseThrow();
		Plan plan = this.plans.save(new Plan(Integer.parseInt(header[1]), header[2], header[3], document.preamble(),
				PlanStatus.valueOf(header[4])));
		Map<String, OrgUnit> unitsByName = new HashMap<>();
		for (String[] row : rows(details, "unit")) {
			OrgUnit unit = new OrgUnit(row[1], UnitKind.valueOf(row[2]));
			unit.placeAt(unitsByName.size() + 1);
			unitsByName.put(row[1], this.units.save(unit));
		}
		Map<String, PlanItem> itemsByKey = new HashMap<>();
		for (DocSection docSection : document.sections()) {
			saveSection(plan, null, docSection, itemsByKey);
		}
		for (String[] row : rows(details, "item")) {
			PlanItem item = itemsByKey.get(row[1]);
			Set<OrgUnit> assisting = new HashSet<>();
			Arrays.stream(row[3].split(",")).filter(name -> !name.isBlank()).map(unitsByName::get).forEach(assisting::add);
			item.update(item.getHeading(), item.getBody(), unitsByName.get(row[2]), assisting, null, date(row[4]),
					date(row[5]), ItemStatus.valueOf(row[6]));
		}
		for (String[] row : rows(details, "target")) {
			PlanItem item = itemsByKey.get(row[1]);
			Target target = new Target(item);
			target.update(row[2], TargetKind.valueOf(row[3]), TargetComparator.valueOf(row[4]), number(row[5]),
					emptyToNull(row[6]), null, date(row[7]), emptyToNull(row[8]));
			target.placeAt(this.targets.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item).size() + 1);
			this.targets.save(target);
		}
		for (String[] row : rows(details, "milestone")) {
			PlanItem item = itemsByKey.get(row[1]);
			Milestone milestone = new Milestone(item);
			milestone.update(row[2], date(row[3]), false);
			milestone.placeAt(this.milestones.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item).size() + 1);
			this.milestones.save(milestone);
		}
		return plan;
	}

	private void saveSection(Plan plan, PlanSection parent, DocSection docSection, Map<String, PlanItem> itemsByKey) {
		PlanSection section = new PlanSection(plan, parent, docSection.title());
		section.placeAt(docSection.position());
		this.sections.save(section);
		for (DocItem docItem : docSection.items()) {
			PlanItem item = new PlanItem(section, docItem.heading(), docItem.text(), ItemStatus.NOT_STARTED);
			item.placeAt(docItem.number());
			itemsByKey.put(docSection.key() + "." + docItem.number(), this.items.save(item));
		}
		for (DocSection child : docSection.children()) {
			saveSection(plan, section, child, itemsByKey);
		}
	}

	private static List<String[]> rows(List<String[]> details, String kind) {
		return details.stream().filter(row -> row[0].equals(kind)).toList();
	}

	private static LocalDate date(String text) {
		return text.isBlank() ? null : LocalDate.parse(text);
	}

	private static BigDecimal number(String text) {
		return text.isBlank() ? null : new BigDecimal(text);
	}

	private static String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}

	private static List<String> read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The plan document's structure: the paragraph before 一、 is the preamble (what stands above it is the download
	 * site's notice), sections 一、, subsections (一), items 1、 whose heading is their first clause; page footers
	 * are dropped.
	 */
	record Document(String preamble, List<DocSection> sections) {

		static Document parse(List<String> lines) {
			int first = 0;
			while (!SECTION.matcher(lines.get(first)).matches()) {
				first++;
			}
			int preambleLine = first - 1;
			while (lines.get(preambleLine).isBlank()) {
				preambleLine--;
			}
			List<DocSection> sections = new ArrayList<>();
			DocSection top = null;
			DocSection current = null;
			for (String line : lines.subList(first, lines.size())) {
				Matcher matcher;
				if (line.isBlank() || PAGE_FOOTER.matcher(line).matches()) {
					continue;
				}
				if ((matcher = SECTION.matcher(line)).matches()) {
					top = new DocSection(String.valueOf(sections.size() + 1), sections.size() + 1, matcher.group(2),
							new ArrayList<>(), new ArrayList<>());
					sections.add(top);
					current = top;
				}
				else if ((matcher = SUBSECTION.matcher(line)).matches() && top != null) {
					int position = top.children().size() + 1;
					current = new DocSection(top.key() + "." + position, position, matcher.group(2), new ArrayList<>(),
							new ArrayList<>());
					top.children().add(current);
				}
				else if ((matcher = ITEM.matcher(line)).matches() && current != null) {
					String text = matcher.group(2);
					Matcher end = HEADING_END.matcher(text);
					String heading = end.find() ? text.substring(0, end.start()) : text;
					current.items().add(new DocItem(Integer.parseInt(matcher.group(1)), heading, text));
				}
				else if (current != null && !current.items().isEmpty()) {
					DocItem last = current.items().remove(current.items().size() - 1);
					current.items().add(new DocItem(last.number(), last.heading(), last.text() + "\n" + line));
				}
			}
			return new Document(lines.get(preambleLine), sections);
		}

		int itemCount() {
			return this.sections.stream().mapToInt(DocSection::itemCount).sum();
		}

	}

	record DocSection(String key, int position, String title, List<DocSection> children, List<DocItem> items) {

		int itemCount() {
			return this.items.size() + this.children.stream().mapToInt(DocSection::itemCount).sum();
		}

	}

	record DocItem(int number, String heading, String text) {
	}

}
