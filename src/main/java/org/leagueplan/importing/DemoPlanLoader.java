package org.leagueplan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.account.DemoAccounts;
import org.leagueplan.account.DemoAccounts.DemoAccount;
import org.leagueplan.account.Role;
import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Section;
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
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the real 2023 plan as demo data when the database holds no plan yet and
 * {@code leagueplan.demo-data} is on (the zero-setup default; the {@code postgres}
 * profile turns it off). The document as downloaded
 * ({@code demo/2023-district-work-plan.txt}) is read by the same parser as an uploaded
 * document — its structure, headings, texts and preamble; what a person reads in it
 * beyond that (units, periods, the targets as corrected, the milestones) comes from
 * {@code demo/2023-plan-details.txt}.
 * <p>
 * With {@code leagueplan.demo-history} on as well (the zero-setup default; off in the
 * {@code postgres} profile and in the tests), the plan comes with an illustrative year of
 * progress ({@link DemoHistory}): the details file's demo accounts are created (their
 * one-time passwords printed), and their reports and item updates are stored through
 * {@link ProgressHistory#record}, which checks each as a person's report is checked — all
 * in one transaction with the plan.
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

	private final ProgressHistory history;

	private final ObjectProvider<DemoAccounts> demoAccounts;

	private final Clock clock;

	private final boolean withHistory;

	DemoPlanLoader(PlanDocumentParser parser, PlanQueries plans, PlanUpdates updates, ProgressHistory history,
			ObjectProvider<DemoAccounts> demoAccounts, Clock clock,
			@Value("${leagueplan.demo-history:false}") boolean withHistory) {
		this.parser = parser;
		this.plans = plans;
		this.updates = updates;
		this.history = history;
		this.demoAccounts = demoAccounts;
		this.clock = clock;
		this.withHistory = withHistory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.plans.plans().isEmpty()) {
			return;
		}
		Details details = new Details(read(DETAILS));
		DemoHistory.Year year = this.withHistory ? year(details, this.clock.getZone()) : null;
		PlanDraft draft = draft(this.parser.parse(read(DOCUMENT)), details, year);
		PlanDraft.Saved saved = this.updates.importDraft(draft, null, count -> {
		});
		log.info("Loaded the demo plan '{}' ({} items)", draft.title(), draft.itemCount());
		if (year != null) {
			Map<String, Long> userIds = this.demoAccounts.getObject().create(accounts(details));
			this.history.record(saved.planId(), reports(year, saved, userIds), updates(year, saved, userIds));
			log.info(
					"Loaded the demo plan's illustrative progress: {} reports and {} item updates by the demo accounts",
					year.reports().size(), year.updates().size());
		}
	}

	/** The demo's year of progress, by the fixed rule from the fixed seed. */
	static DemoHistory.Year year(Details details, ZoneId zone) {
		int planYear = Integer.parseInt(details.rows("plan").get(0)[1]);
		List<DemoHistory.Item> items = details.rows("item")
			.stream()
			.map(row -> new DemoHistory.Item(row[1], row[2], date(row[4]), date(row[5])))
			.toList();
		List<DemoHistory.Target> targets = new ArrayList<>();
		for (DemoHistory.Item item : items) {
			List<String[]> rows = details.rows("target", item.key());
			for (int i = 0; i < rows.size(); i++) {
				String[] row = rows.get(i);
				targets.add(
						new DemoHistory.Target(targetKey(item.key(), i), item.key(), row[2], TargetKind.valueOf(row[3]),
								TargetComparator.valueOf(row[4]), number(row[5]), emptyToNull(row[6]), date(row[7])));
			}
		}
		Map<String, String> reporterOfUnit = new LinkedHashMap<>();
		for (DemoAccount account : accounts(details)) {
			if (account.role() == Role.STAFF) {
				account.unitNames().forEach(unit -> reporterOfUnit.putIfAbsent(unit, account.username()));
			}
		}
		return DemoHistory.generate(DemoHistory.SEED, planYear, zone, items, targets, reporterOfUnit);
	}

	/**
	 * The details file's demo accounts: {@code account|username|display name|role|units}.
	 */
	static List<DemoAccount> accounts(Details details) {
		return details.rows("account")
			.stream()
			.map(row -> new DemoAccount(row[1], row[2], Role.valueOf(row[3]),
					Arrays.stream(row[4].split(",")).filter(name -> !name.isBlank()).toList()))
			.toList();
	}

	private static List<PastReport> reports(DemoHistory.Year year, PlanDraft.Saved saved, Map<String, Long> userIds) {
		return year.reports()
			.stream()
			.map(report -> new PastReport(saved.targetIds().get(report.targetKey()), report.value(), report.done(),
					report.asOf(), report.narrative(), report.reason(), report.correctiveAction(), null,
					userIds.get(report.reporter()), report.reportedAt(), report.links()))
			.toList();
	}

	private static List<PastUpdate> updates(DemoHistory.Year year, PlanDraft.Saved saved, Map<String, Long> userIds) {
		return year.updates()
			.stream()
			.map(update -> new PastUpdate(saved.itemIds().get(update.itemKey()), update.status(), update.narrative(),
					userIds.get(update.reporter()), update.reportedAt(), update.links()))
			.toList();
	}

	static String targetKey(String itemKey, int index) {
		return itemKey + "#" + (index + 1);
	}

	static PlanDraft draft(ParsedPlan document, Details details) {
		return draft(document, details, null);
	}

	/**
	 * The demo plan; with its year of progress ({@code year} not {@code null}) each item
	 * has the status the year ends it in, and the year's milestones are done.
	 */
	static PlanDraft draft(ParsedPlan document, Details details, DemoHistory.Year year) {
		Map<String, ItemStatus> statuses = (year != null) ? year.finalStatus() : Map.of();
		boolean milestonesDone = year != null;
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
						items(subsection.items(), key + "." + (sub + 1), details, statuses, milestonesDone),
						List.of()));
			}
			sections.add(new SectionDraft(section.title(),
					items(section.items(), key, details, statuses, milestonesDone), subsections));
		}
		return new PlanDraft(Integer.parseInt(header[1]), header[2], header[3], document.preamble(),
				"ACTIVE".equals(header[4]), units, sections);
	}

	private static List<ItemDraft> items(List<Item> items, String sectionKey, Details details,
			Map<String, ItemStatus> statuses, boolean milestonesDone) {
		return items.stream().map(item -> {
			String key = sectionKey + "." + item.number();
			List<String[]> targetRows = details.rows("target", key);
			List<TargetDraft> targets = new ArrayList<>();
			for (int i = 0; i < targetRows.size(); i++) {
				String[] row = targetRows.get(i);
				targets.add(new TargetDraft(targetKey(key, i), row[2], TargetKind.valueOf(row[3]),
						TargetComparator.valueOf(row[4]), number(row[5]), emptyToNull(row[6]), null, date(row[7]),
						emptyToNull(row[8])));
			}
			List<MilestoneDraft> milestones = details.rows("milestone", key)
				.stream()
				.map(row -> new MilestoneDraft(row[2], date(row[3]), milestonesDone))
				.toList();
			return details.rows("item", key)
				.stream()
				.findFirst()
				.map(row -> new ItemDraft(key, item.heading(), item.text(), emptyToNull(row[2]),
						Arrays.stream(row[3].split(",")).filter(name -> !name.isBlank()).toList(), null, date(row[4]),
						date(row[5]), statuses.getOrDefault(key, ItemStatus.valueOf(row[6])), targets, milestones))
				.orElseGet(() -> new ItemDraft(null, item.heading(), item.text(), null, List.of(), null, null, null,
						ItemStatus.NOT_STARTED, targets, milestones));
		}).toList();
	}

	/**
	 * The details file: one record a line, fields separated by {@code |}, the kind first
	 * and (for items, targets and milestones) the item key second — section.item or
	 * section.subsection.item.
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
