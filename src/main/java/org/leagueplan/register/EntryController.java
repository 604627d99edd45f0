package org.leagueplan.register;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.system.EditConflict;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A register's entries: making one, reading one with its trail, revising a pending or
 * returned one (a stale version shows the conflict page), and the reviewer's steps
 * (accept, return, withdraw).
 */
@Controller
class EntryController {

	private static final String VIEW_FORM = "register/entryForm";

	private static final String VIEW_ENTRY = "register/entry";

	private final Registers registers;

	private final RegisterReading reading;

	EntryController(Registers registers, RegisterReading reading) {
		this.registers = registers;
		this.reading = reading;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/registers/{registerId}/entries/new")
	String newEntry(@PathVariable long registerId, Model model) {
		Register register = this.registers.register(registerId);
		this.registers.checkEntries(register);
		EntryForm form = new EntryForm();
		form.setEntryDate(this.reading.defaultDay(register));
		return showForm(register, null, form, model);
	}

	@PostMapping("/registers/{registerId}/entries")
	String create(@PathVariable long registerId, @ModelAttribute("entryForm") EntryForm entryForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<Long> made = this.registers.create(registerId, entryForm, result);
		if (made.isEmpty()) {
			return showForm(this.registers.register(registerId), null, entryForm, model);
		}
		redirect.addFlashAttribute("message",
				this.reading.isPending(made.get()) ? "register.entry.pending" : "register.entry.saved");
		return "redirect:/register-entries/" + made.get();
	}

	@GetMapping("/register-entries/{registerEntryId}")
	String show(@PathVariable long registerEntryId, Model model) {
		model.addAttribute("view", this.reading.entry(registerEntryId));
		model.addAttribute("maxReason", Registers.MAX_REASON);
		return VIEW_ENTRY;
	}

	@GetMapping("/register-entries/{registerEntryId}/edit")
	String edit(@PathVariable long registerEntryId, Model model) {
		RegisterEntry entry = this.registers.entry(registerEntryId);
		Register register = this.registers.register(entry.getRegisterId());
		this.registers.checkEntries(register);
		return showForm(register, entry, EntryForm.of(entry), model);
	}

	@PostMapping("/register-entries/{registerEntryId}/edit")
	String update(@PathVariable long registerEntryId, @ModelAttribute("entryForm") EntryForm entryForm,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Registers.Outcome outcome;
		try {
			outcome = this.registers.update(registerEntryId, entryForm, result);
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = Registers.Outcome.STALE;
		}
		RegisterEntry entry = this.registers.entry(registerEntryId);
		if (outcome == null) {
			return showForm(this.registers.register(entry.getRegisterId()), entry, entryForm, model);
		}
		if (outcome == Registers.Outcome.STALE) {
			model.addAttribute("conflict", conflict(entry, entryForm));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return EditConflict.VIEW;
		}
		redirect.addFlashAttribute(outcome == Registers.Outcome.DONE ? "message" : "problem",
				outcome == Registers.Outcome.DONE ? "register.entry.saved" : "register.problem." + outcome);
		return "redirect:/register-entries/{registerEntryId}";
	}

	@PostMapping("/register-entries/{registerEntryId}/accept")
	String accept(@PathVariable long registerEntryId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return decided(this.registers.accept(registerEntryId, version), "register.entry.accepted", redirect);
	}

	@PostMapping("/register-entries/{registerEntryId}/return")
	String returnEntry(@PathVariable long registerEntryId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decided(this.registers.returnEntry(registerEntryId, version, reason), "register.entry.returned",
				redirect);
	}

	@PostMapping("/register-entries/{registerEntryId}/withdraw")
	String withdraw(@PathVariable long registerEntryId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decided(this.registers.withdraw(registerEntryId, version, reason), "register.entry.withdrawn", redirect);
	}

	private static String decided(Registers.Outcome outcome, String done, RedirectAttributes redirect) {
		redirect.addFlashAttribute(outcome == Registers.Outcome.DONE ? "message" : "problem",
				outcome == Registers.Outcome.DONE ? done : "register.problem." + outcome);
		return "redirect:/register-entries/{registerEntryId}";
	}

	private String showForm(Register register, RegisterEntry entry, EntryForm form, Model model) {
		model.addAttribute("register", register);
		model.addAttribute("entry", entry);
		model.addAttribute("entryForm", form);
		model.addAttribute("fields",
				this.reading.fields(register.getId()).stream().filter(f -> !f.isArchived()).toList());
		model.addAttribute("units", this.reading.unitsForCurrentUser());
		return VIEW_FORM;
	}

	private static EditConflict conflict(RegisterEntry stored, EntryForm mine) {
		EditConflict conflict = new EditConflict("/register-entries/" + stored.getId() + "/edit",
				"/register-entries/" + stored.getId(), stored.getVersion());
		conflict.field("register.entry.name", stored.getName(), mine.getName(), "name", mine.getName())
			.field("register.entry.unit", stored.getUnitId(), mine.getUnitId(), "unitId", mine.getUnitId())
			.field("register.entry.date", stored.getEntryDate(), mine.getEntryDate(), "entryDate", mine.getEntryDate())
			.field("register.entry.place", stored.getPlace(), mine.getPlace(), "place", mine.getPlace())
			.field("register.entry.description", stored.getDescription(), mine.getDescription(), "description",
					mine.getDescription());
		mine.getValues()
			.forEach((field, value) -> conflict.field("register.entry.value", stored.getValues().get(parse(field)),
					value, "values[" + field + "]", value));
		return conflict;
	}

	private static Long parse(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
