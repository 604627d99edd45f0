package org.leagueplan.account;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage accounts: list and search, create with a one-time password, edit
 * name, roles, units and the plan-wide right, and the actions disable / enable, reset
 * password, unlock, end sessions.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String VIEW_USER_LIST = "account/userList";

	private static final String VIEW_USER_FORM = "account/userForm";

	private static final int PAGE_SIZE = 20;

	private final AccountAdministration administration;

	private final UnitDirectory units;

	UserAdminController(AccountAdministration administration, UnitDirectory units) {
		this.administration = administration;
		this.units = units;
	}

	@InitBinder("userForm")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String listUsers(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username"));
		model.addAttribute("users", this.administration.search(q, request));
		model.addAttribute("q", q);
		model.addAttribute("unitNames", unitNames());
		return VIEW_USER_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		return showForm(null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (userForm.getUsername() == null) {
			result.rejectValue("username", "NotBlank");
		}
		else if (!result.hasFieldErrors("username") && this.administration.usernameTaken(userForm.getUsername())) {
			result.rejectValue("username", "user.username.taken");
		}
		validateUnits(userForm, result);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		AccountAdministration.Created created = this.administration.create(userForm);
		redirect.addFlashAttribute("message", "user.created");
		redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
		return "redirect:/admin/users/" + created.userId() + "/edit";
	}

	@GetMapping("/{userId}/edit")
	String initUpdateForm(@PathVariable long userId, Model model) {
		UserAccount user = this.administration.user(userId);
		model.addAttribute("userForm", UserForm.of(user));
		return showForm(user, model);
	}

	@PostMapping("/{userId}/edit")
	String processUpdateForm(@PathVariable long userId, @Valid UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount user = this.administration.user(userId);
		userForm.setUsername(user.getUsername());
		validateUnits(userForm, result);
		if (this.administration.wouldRemoveLastAdmin(user, true, userForm.getRoles().contains(Role.ADMIN))) {
			result.rejectValue("roles", "user.lastAdmin");
		}
		if (result.hasErrors()) {
			return showForm(user, model);
		}
		if (!this.administration.update(userId, userForm)) {
			model.addAttribute("stale", true);
			model.addAttribute("userForm", UserForm.of(this.administration.user(userId)));
			return showForm(this.administration.user(userId), model);
		}
		redirect.addFlashAttribute("message", "user.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/{userId}/disable")
	String disable(@PathVariable long userId, RedirectAttributes redirect) {
		UserAccount user = this.administration.user(userId);
		if (this.administration.wouldRemoveLastAdmin(user, false, true)) {
			redirect.addFlashAttribute("failure", "user.lastAdmin");
		}
		else {
			this.administration.setEnabled(userId, false);
			redirect.addFlashAttribute("message", "user.disabledDone");
		}
		return "redirect:/admin/users/{userId}/edit";
	}

	@PostMapping("/{userId}/enable")
	String enable(@PathVariable long userId, RedirectAttributes redirect) {
		this.administration.setEnabled(userId, true);
		redirect.addFlashAttribute("message", "user.enabledDone");
		return "redirect:/admin/users/{userId}/edit";
	}

	@PostMapping("/{userId}/reset-password")
	String resetPassword(@PathVariable long userId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", this.administration.resetPassword(userId));
		redirect.addFlashAttribute("message", "user.passwordReset");
		return "redirect:/admin/users/{userId}/edit";
	}

	@PostMapping("/{userId}/unlock")
	String unlock(@PathVariable long userId, RedirectAttributes redirect) {
		this.administration.unlock(userId);
		redirect.addFlashAttribute("message", "user.unlocked");
		return "redirect:/admin/users/{userId}/edit";
	}

	@PostMapping("/{userId}/end-sessions")
	String endSessions(@PathVariable long userId, RedirectAttributes redirect) {
		this.administration.endSessions(userId);
		redirect.addFlashAttribute("message", "user.sessionsEnded");
		return "redirect:/admin/users/{userId}/edit";
	}

	private String showForm(UserAccount user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("units", this.units.activeUnits());
		model.addAttribute("unitNames", unitNames());
		return VIEW_USER_FORM;
	}

	private void validateUnits(UserForm form, BindingResult result) {
		Set<Long> known = this.units.allUnits().stream().map(UnitRef::id).collect(Collectors.toSet());
		if (!known.containsAll(form.getUnitIds())) {
			result.rejectValue("unitIds", "unit.unknown");
		}
	}

	private Map<Long, String> unitNames() {
		return this.units.allUnits().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
	}

}
