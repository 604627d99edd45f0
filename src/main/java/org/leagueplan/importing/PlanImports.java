package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports people are working on: a document read into a form to check, kept
 * (compressed) between requests, and only ever shown to the person who started it.
 */
@Service
@Transactional
class PlanImports {

	private static final Pattern ORGANISATION_IN_TITLE = Pattern.compile("^(.{2,40}?)(20\\d{2})年");

	private final PlanImportRepository imports;

	private final PlanDocumentParser parser;

	private final JsonMapper json;

	private final UserDirectory users;

	private final PlanQueries plans;

	private final Clock clock;

	PlanImports(PlanImportRepository imports, PlanDocumentParser parser, JsonMapper json, UserDirectory users,
			PlanQueries plans, Clock clock) {
		this.imports = imports;
		this.parser = parser;
		this.json = json;
		this.users = users;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * Reads a plan document's text and keeps it as a new import of the logged-in person;
	 * returns its id.
	 */
	long create(String sourceName, String text) {
		ParsedPlan parsed = this.parser.parse(text);
		if (parsed.items().isEmpty()) {
			throw new UnreadableDocument(
					parsed.sections().isEmpty() ? "import.error.noSections" : "import.error.noItems");
		}
		if (parsed.items().size() > ImportChecks.MAX_ITEMS) {
			throw new UnreadableDocument("import.error.tooManyItems", parsed.items().size(), ImportChecks.MAX_ITEMS);
		}
		ImportContent content = ImportForms.fromParsed(parsed, organisation(parsed.title()));
		if (content.form().getYear() == null) {
			content.form().setYear(java.time.LocalDate.now(this.clock).getYear());
		}
		if (content.form().getTitle() == null && sourceName != null) {
			content.form().setTitle(sourceName.replaceFirst("\\.[A-Za-z]{1,5}$", ""));
		}
		return create(sourceName, content);
	}

	/**
	 * Keeps already structured content (a workbook read back) as a new import; returns
	 * its id.
	 */
	long create(String sourceName, ImportContent content) {
		if (content.form().keptItems().size() > ImportChecks.MAX_ITEMS) {
			throw new UnreadableDocument("import.error.tooManyItems", content.form().keptItems().size(),
					ImportChecks.MAX_ITEMS);
		}
		PlanImport started = new PlanImport(currentUser().id(), this.clock.instant(), shorten(sourceName),
				pack(content));
		return this.imports.save(started).getId();
	}

	/**
	 * The organisation a new plan is most likely of: the latest plan's, else the words
	 * before the title's year.
	 */
	private String organisation(String title) {
		return this.plans.currentPlan().map(plan -> plan.organization()).orElseGet(() -> {
			Matcher matcher = ORGANISATION_IN_TITLE.matcher((title != null) ? title : "");
			return matcher.find() ? matcher.group(1) : null;
		});
	}

	/** The person's import, or "not found" for anybody else's. */
	@Transactional(readOnly = true)
	PlanImport find(long importId) {
		long userId = currentUser().id();
		return this.imports.findById(importId)
			.filter(found -> found.getCreatedBy() == userId)
			.orElseThrow(() -> new NotFoundException("import", importId));
	}

	@Transactional(readOnly = true)
	ImportContent content(PlanImport found) {
		return unpack(found.getContent());
	}

	/**
	 * Keeps the corrected form beside the source and history as read, if the import is
	 * still the version the person saw checked ({@code false} when another request
	 * changed it or started its save since); the form's version becomes the import's
	 * version. The save's lease is not touched.
	 */
	boolean store(long importId, long expectedVersion, ImportContent content, ImportForm form) {
		PlanImport found = find(importId);
		if (found.getVersion() != expectedVersion) {
			return false;
		}
		found.replaceContent(pack(content.with(form)), this.clock.instant());
		this.imports.flush();
		form.setVersion(found.getVersion());
		return true;
	}

	/** The units and people an import may name. */
	@Transactional(readOnly = true)
	ImportDirectory directory() {
		return new ImportDirectory(this.plans.units().stream().map(UnitRef::name).toList(),
				this.users.findAssignable());
	}

	/**
	 * The workbook's history as it fits the checked form and the plan it goes into (its
	 * year), as of today.
	 */
	@Transactional(readOnly = true)
	WorkbookHistory.Match history(ImportForm form, ImportContent content, Set<String> usernames) {
		Integer year = (form.getIntoPlanId() == null) ? form.getYear()
				: this.plans.plans()
					.stream()
					.filter(plan -> plan.id() == form.getIntoPlanId())
					.map(plan -> plan.year())
					.findFirst()
					.orElse(null);
		return WorkbookForms.match(form, content, usernames, year, LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	List<PlanImportRepository.Summary> recent() {
		return this.imports.recentOf(currentUser().id());
	}

	private CurrentUser currentUser() {
		return this.users.current().orElseThrow(() -> new IllegalStateException("no one is logged in"));
	}

	private byte[] pack(ImportContent content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
			this.json.writeValue(zip, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private ImportContent unpack(byte[] packed) {
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(packed))) {
			return this.json.readValue(zip, ImportContent.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String shorten(String name) {
		String safe = (name == null || name.isBlank()) ? "-" : name.strip();
		return (safe.length() > 255) ? safe.substring(0, 255) : safe;
	}

}
