package org.leagueplan.importing;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.exchange.PlanWorkbookReader;
import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a plan document: upload or paste it, check and correct what was read beside
 * the source, then save it as a new draft plan or into an existing plan
 * ({@link ImportProgressController} shows the save). ADMIN and STAFF with the plan-wide
 * right only.
 */
@Controller
class ImportController {

	static final String VIEW_UPLOAD = "importing/upload";

	static final String VIEW_PREVIEW = "importing/preview";

	/**
	 * Redirects name the import by the request's own {@code {importId}}: no address is
	 * built from request text.
	 */
	static final String REDIRECT_PREVIEW = "redirect:/imports/{importId}";

	static final String REDIRECT_PREVIEW_ITEM = "redirect:/imports/{importId}#item-{item}";

	static final String REDIRECT_PROGRESS = "redirect:/imports/{importId}/progress";

	private final PlanImports imports;

	private final SourceDocuments sources;

	private final ImportCorrections corrections;

	private final PlanWorkbookReader workbooks;

	private final ImportSaver saver;

	private final PlanQueries plans;

	private final UserDirectory users;

	private final PlanPermissions permissions;

	private final MessageSource messages;

	ImportController(PlanImports imports, SourceDocuments sources, PlanDocumentParser parser,
			PlanWorkbookReader workbooks, ImportSaver saver, PlanQueries plans, PlanPermissions permissions,
			UserDirectory users, MessageSource messages) {
		this.imports = imports;
		this.sources = sources;
		this.corrections = new ImportCorrections(parser);
		this.saver = saver;
		this.plans = plans;
		this.users = users;
		this.permissions = permissions;
		this.messages = messages;
		this.workbooks = workbooks;
	}

	@InitBinder("importForm")
	void allowLongLists(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(ImportChecks.MAX_ITEMS * 4);
		// a target row holds a target form's fields (TargetFields) but is no stored
		// record: no version, no token
		binder.setDisallowedFields("items*.targets*.version", "items*.targets*.token");
	}

	/**
	 * A pasted plan is a source document, not text to store: copied from Word it holds
	 * vertical tabs and form feeds for its line and page breaks, which
	 * {@link SourceDocuments#pasted} reads as line breaks (and drops every other control
	 * character) instead of the refusal every stored text gets.
	 */
	@InitBinder("text")
	void readPastedDocuments(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text);
			}

		});
	}

	/**
	 * Importing needs the plan-wide right: refused (403, and a line in the audit log)
	 * otherwise.
	 */
	@ModelAttribute
	void checkRight() {
		this.permissions.checkImport();
	}

	@GetMapping("/imports/new")
	String initUpload(Model model) {
		model.addAttribute("recent", this.imports.recent());
		return VIEW_UPLOAD;
	}

	@PostMapping("/imports/new")
	String processUpload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		try {
			long importId;
			if (file != null && !file.isEmpty()) {
				String name = SourceDocuments.displayName(file.getOriginalFilename());
				importId = SourceDocuments.isWorkbook(name)
						? this.imports.create(name,
								WorkbookForms.read(this.workbooks, this.sources.workbook(name, file.getBytes()), name))
						: this.imports.create(name, this.sources.read(name, file.getBytes()));
			}
			else {
				importId = this.imports.create(this.messages.getMessage("import.pasted", null, locale),
						this.sources.pasted((text != null) ? text : ""));
			}
			redirect.addAttribute("importId", importId);
			return REDIRECT_PREVIEW;
		}
		catch (UnreadableDocument ex) {
			model.addAttribute("problem", this.messages.getMessage(ex, locale));
			model.addAttribute("text", text);
			return initUpload(model);
		}
	}

	@GetMapping("/imports/{importId}")
	String showPreview(@PathVariable long importId, Model model) {
		PlanImport found = this.imports.find(importId);
		if (!editable(found)) {
			return REDIRECT_PROGRESS;
		}
		ImportContent content = this.imports.content(found);
		ImportForm form = content.form();
		form.setVersion(found.getVersion());
		BindingResult result = new BeanPropertyBindingResult(form, "importForm");
		ImportDirectory directory = this.imports.directory();
		directory.checks().check(form, result);
		String failure = this.saver.failureOf(found);
		if (failure != null && !model.containsAttribute("failure")) {
			// an earlier save failed or was interrupted: the person may save again from
			// here
			model.addAttribute("failure", failure);
		}
		return preview(found, content, result, directory, model);
	}

	/**
	 * The check page's buttons: {@code action} is one of {@link ImportAction}'s fixed
	 * set, or the request is refused (400) before anything is read or stored.
	 */
	@PostMapping("/imports/{importId}")
	String processPreview(@PathVariable long importId, ImportForm importForm, BindingResult result,
			@RequestParam(defaultValue = "check") String action, @RequestParam(defaultValue = "false") boolean complete,
			Model model, RedirectAttributes redirect) {
		ImportAction chosen = ImportAction.parse(action)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "not an import action"));
		PlanImport found = this.imports.find(importId);
		if (!editable(found)) {
			return REDIRECT_PROGRESS;
		}
		if (!complete) {
			// the form's last field did not arrive: the server cut the request short;
			// keep what is stored
			redirect.addFlashAttribute("failure", "import.form.incomplete");
			return REDIRECT_PREVIEW;
		}
		ImportContent content = this.imports.content(found);
		ImportDirectory directory = this.imports.directory();
		if (result.hasErrors()) {
			return preview(found, content, result, directory, model);
		}
		if (importForm.getVersion() != found.getVersion()) {
			importForm.setVersion(found.getVersion());
			result.reject("import.changedElsewhere");
			return preview(found, content, result, directory, model);
		}
		if (chosen.kind().correction()) {
			String refusal = this.corrections.apply(importForm, chosen);
			if (!store(found, content, importForm)) {
				return REDIRECT_PREVIEW;
			}
			if (refusal != null) {
				redirect.addFlashAttribute("failure", refusal);
			}
			redirect.addAttribute("item", chosen.item());
			return REDIRECT_PREVIEW_ITEM;
		}
		if (!store(found, content, importForm)) {
			// another press or window changed the import or started its save since: show
			// where it stands now
			return REDIRECT_PREVIEW;
		}
		directory.checks().check(importForm, result);
		if (chosen.kind() == ImportAction.Kind.SAVE && !result.hasErrors()) {
			if (!this.saver.start(importId)) {
				// another press (or another window) started the save first: that save
				// goes on
				redirect.addFlashAttribute("message", "import.save.alreadyRunning");
			}
			return REDIRECT_PROGRESS;
		}
		if (!result.hasErrors()) {
			model.addAttribute("message", "import.checked");
		}
		return preview(found, content, result, directory, model);
	}

	private boolean store(PlanImport found, ImportContent content, ImportForm form) {
		try {
			return this.imports.store(found.getId(), found.getVersion(), content, form);
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	private boolean editable(PlanImport found) {
		PlanImport.State state = this.saver.stateOf(found);
		return state == PlanImport.State.EDITING || state == PlanImport.State.FAILED;
	}

	private String preview(PlanImport found, ImportContent content, BindingResult result, ImportDirectory directory,
			Model model) {
		model.addAttribute("importForm", result.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
		model.addAttribute("upload", found);
		model.addAttribute("source", content.source());
		if (content.hasHistory()) {
			WorkbookHistory.Match history = this.imports.history((ImportForm) result.getTarget(), content,
					this.users.idsByUsername().keySet());
			model.addAttribute("historyReports", history.reports().size());
			model.addAttribute("historyUpdates", history.updates().size());
			model.addAttribute("historyPlanned", history.planned().size());
			model.addAttribute("historyDropped", history.dropped());
			model.addAttribute("historyDroppedRows", rows(history.droppedHistory()));
			model.addAttribute("plannedDroppedRows", rows(history.droppedPlanned()));
			// each refused row with the first rule it breaks, as a person's report would
			// be told (the first 30)
			model.addAttribute("historyRefused",
					history.refused()
						.entrySet()
						.stream()
						.limit(30)
						.map(refusal -> Map.entry(refusal.getKey(), refusal.getValue().get(0)))
						.toList());
			model.addAttribute("historyUnknownReporters", history.unknownReporters());
			model.addAttribute("historyFiles", history.filesLeft());
		}
		model.addAttribute("plans", this.plans.plans());
		model.addAttribute("units", directory.unitNames());
		model.addAttribute("people", directory.people());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("kinds", TargetKind.values());
		model.addAttribute("comparators", TargetComparator.values());
		return VIEW_PREVIEW;
	}

	/**
	 * Row numbers as a person reads them in a message: "12、15、20", the first 30 and "…"
	 * after.
	 */
	private static String rows(List<Integer> rows) {
		String shown = rows.stream().limit(30).map(String::valueOf).collect(Collectors.joining("、"));
		return (rows.size() > 30) ? shown + "…" : shown;
	}

}
