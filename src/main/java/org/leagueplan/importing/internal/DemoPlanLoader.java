package org.leagueplan.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.leagueplan.importing.internal.ParsedPlan.Item;
import org.leagueplan.importing.internal.ParsedPlan.Section;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.MilestoneDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.plan.PlanDraft.UnitDraft;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the real 2023 plan as demo data when the database holds no plan yet and {@code leagueplan.demo-data} is on
 * (the zero-setup default; the {@code postgres} profile turns it off). The document as downloaded
 * ({@code demo/2023-district-work-plan.txt}) is read by the same parser as an uploaded document — its structure,
 * headings, texts and preamble; what a person reads in it beyond that (units, periods, the targets as corrected, the
 * milestones) comes from {@code demo/2023-plan-details.txt}.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("leagueplan.demo-data")
class DemoPlanLoader implements ApplicationRunner {

	static final String DOCUMENT = "demo/2023-district-work-plan.txt";

	static final String DETAILS = "demo/2023-plan-details.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private final PlanDocumentParser parser;

	private final PlanQueries plans;

	private final PlanUpdates updates;

	DemoPlanLoader(PlanDocumentParser parser, PlanQueries plans, PlanUpdates updates) {
		this.parser = parser;
		this.plans = plans;
		this.updates = updates;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.plans.plans().isEmpty()) {
			return;
		}
		PlanDraft draft = draft(this.parser.parse(read(DOCUMENT)), new Details(read(DETAILS)));
		this.updates.importDraft(draft, null, saved -> {
		});
		log.info("Loaded the demo plan '{}' ({} items)", draft.title(), draft.itemCount());
	}

	static PlanDraft draft(ParsedPlan document, Details details) {
		String[] header = details.rows("plan").get(0);
		List<UnitDraft> units = details.rows("unit")
			.stream()
			.map(row -> new UnitDraft(row[1], UnitKind.valueOf(row[2])))
			.toList();
		List<SectionDraft> sections = new ArrayList<>();
		for (int s = 0; s < document.sections().size(); s++) {
			Section section = document.sections().get(s);
			String key = Integer.toString(s + 1);
			List<SectionDraft> subsections = new ArrayList<>();
			for (int sub = 0; sub < section.subsections().size(); sub++) {
				Section subsection = section.subsections().get(sub);
				subsections.add(new SectionDraft(subsection.title(),
						items(subsection.items(), key + "." + (sub + 1), details), List.of()));
			}
			sections.add(new SectionDraft(section.title(), items(section.items(), key, details), subsections));
		}
		return new PlanDraft(Integer.parseInt(header[1]), header[2], header[3], document.preamble(),
				"ACTIVE".equals(header[4]), units, sections);
	}

	private static List<ItemDraft> items(List<Item> items, String sectionKey, Details details) {
		return items.stream().map(item -> {
			String key = sectionKey + "." + item.number();
			List<TargetDraft> targets = details.rows("target", key)
				.stream()
				.map(row -> new TargetDraft(null, row[2], TargetKind.valueOf(row[3]), TargetComparator.valueOf(row[4]),
						number(row[5]), emptyToNull(row[6]), null, date(row[7]), emptyToNull(row[8])))
				.toList();
			List<MilestoneDraft> milestones = details.rows("milestone", key)
				.stream()
				.map(row -> new MilestoneDraft(row[2], date(row[3]), false))
				.toList();
			return details.rows("item", key)
				.stream()
				.findFirst()
				.map(row -> new ItemDraft(null, item.heading(), item.text(), emptyToNull(row[2]),
						Arrays.stream(row[3].split(",")).filter(name -> !name.isBlank()).toList(), null, date(row[4]),
						date(row[5]), ItemStatus.valueOf(row[6]), targets, milestones))
				.orElseGet(() -> new ItemDraft(null, item.heading(), item.text(), null, List.of(), null, null, null,
						ItemStatus.NOT_STARTED, targets, milestones));
		}).toList();
	}

	/**
	 * The details file: one record a line, fields separated by {@code |}, the kind first and (for items, targets and
	 * milestones) the item key second — section.item or section.subsection.item.
	 */
	record Details(List<String[]> all) {

		Details(String text) {
			this(text.lines()
				.map(String::strip)
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\\|", -1))
				.toList());
		}

		List<String[]> rows(String kind) {
			return this.all.stream().filter(row -> row[0].equals(kind)).toList();
		}

		List<String[]> rows(String kind, String itemKey) {
			return this.all.stream().filter(row -> row[0].equals(kind) && row[1].equals(itemKey)).toList();
		}

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

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
