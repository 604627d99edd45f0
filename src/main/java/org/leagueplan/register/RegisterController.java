package org.leagueplan.register;

import java.util.Optional;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.data.domain.PageRequest;
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
 * A target's register: setting it up from the target, its list of entries (filtered,
 * paged), and its settings (name and own fields).
 */
@Controller
class RegisterController {

	static final int PAGE_SIZE = 20;

	private static final String VIEW_SET_UP = "register/setUp";

	private static final String VIEW_LIST = "register/list";

	private static final String VIEW_SETTINGS = "register/settings";

	private final Registers registers;

	private final RegisterRepository repository;

	private final RegisterReading reading;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final RegisterExport export;

	RegisterController(Registers registers, RegisterRepository repository, RegisterReading reading, PlanQueries plans,
			PlanPermissions permissions, RegisterExport export) {
		this.export = export;
		this.registers = registers;
		this.repository = repository;
		this.reading = reading;
		this.plans = plans;
		this.permissions = permissions;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	/** The target's register, or the page that sets one up. */
	@GetMapping("/targets/{targetId}/register")
	String ofTarget(@PathVariable long targetId, Model model) {
		Optional<Register> register = this.repository.findByTargetId(targetId);
		if (register.isPresent()) {
			return "redirect:/registers/" + register.get().getId();
		}
		TargetRef target = this.plans.target(targetId);
		model.addAttribute("target", target);
		model.addAttribute("item", this.plans.itemContext(target.itemId()));
		model.addAttribute("mayEdit", this.permissions.mayEditItem(target.itemId()));
		return VIEW_SET_UP;
	}

	@PostMapping("/targets/{targetId}/register")
	String setUp(@PathVariable long targetId, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		Registers.SetUp done = this.registers.setUp(targetId, name);
		switch (done.outcome()) {
			case DONE -> {
				redirect.addFlashAttribute("message", "register.setUp.done");
				return "redirect:/registers/" + done.registerId() + "/edit";
			}
			case EXISTS -> {
				return "redirect:/registers/" + done.registerId();
			}
			default -> {
				redirect.addFlashAttribute("problem", "register.problem." + done.outcome());
				return "redirect:/targets/{targetId}/register";
			}
		}
	}

	@GetMapping("/registers/{registerId}")
	String list(@PathVariable long registerId, @ModelAttribute("filter") EntryFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("view", this.reading.list(registerId, filter,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, RegisterReading.ORDER)));
		model.addAttribute("states", EntryState.values());
		return VIEW_LIST;
	}

	/** The register as an Excel workbook, its list's filters applied. */
	@GetMapping("/registers/{registerId}/export.xlsx")
	void exportWorkbook(@PathVariable long registerId, @ModelAttribute("filter") EntryFilter filter,
			jakarta.servlet.http.HttpServletResponse response, java.util.Locale locale) throws java.io.IOException {
		Register register = this.registers.register(registerId);
		String name = this.export.fileName(register);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				org.leagueplan.system.Downloads.attachment(name, "register-" + registerId + ".xlsx"));
		this.export.write(registerId, filter, locale, response.getOutputStream());
	}

	@GetMapping("/registers/{registerId}/edit")
	String settings(@PathVariable long registerId, Model model) {
		Register register = this.registers.register(registerId);
		this.registers.checkSettings(register);
		FieldForm form = new FieldForm();
		form.setName(register.getName());
		form.setVersion(register.getVersion());
		return showSettings(register, form, model);
	}

	@PostMapping("/registers/{registerId}/edit")
	String changeSettings(@PathVariable long registerId, @ModelAttribute("fieldForm") FieldForm fieldForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Registers.Outcome outcome = this.registers.changeSettings(registerId, fieldForm, result);
		if (outcome == null) {
			return showSettings(this.registers.register(registerId), fieldForm, model);
		}
		redirect.addFlashAttribute(outcome == Registers.Outcome.DONE ? "message" : "problem",
				outcome == Registers.Outcome.DONE ? "register.settings.saved" : "register.problem." + outcome);
		return "redirect:/registers/{registerId}/edit";
	}

	@PostMapping("/register-fields/{fieldId}/archive")
	String archiveField(@PathVariable long fieldId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		Registers.Outcome outcome = this.registers.archiveField(fieldId, version);
		redirect.addFlashAttribute(outcome == Registers.Outcome.DONE ? "message" : "problem",
				outcome == Registers.Outcome.DONE ? "register.field.archived" : "register.problem." + outcome);
		return "redirect:/registers/" + this.reading.registerOfField(fieldId) + "/edit";
	}

	private String showSettings(Register register, FieldForm form, Model model) {
		model.addAttribute("register", register);
		model.addAttribute("target", this.plans.target(register.getTargetId()));
		model.addAttribute("fields", this.reading.fields(register.getId()));
		model.addAttribute("fieldForm", form);
		model.addAttribute("kinds", FieldKind.values());
		return VIEW_SETTINGS;
	}

}
