package org.leagueplan.register;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing entries into a register from a workbook in the export's layout, for those who
 * may add entries: the upload form, the preview (every row with its problems; kept in the
 * person's session), the confirmation that saves all rows or — with any row flagged —
 * none.
 */
@Controller
class RegisterImportController {

	private static final String VIEW_UPLOAD = "register/import";

	private static final String VIEW_PREVIEW = "register/importPreview";

	private final Registers registers;

	private final RegisterImports imports;

	RegisterImportController(Registers registers, RegisterImports imports) {
		this.registers = registers;
		this.imports = imports;
	}

	/** The session attribute holding a register's preview. */
	static String sessionKey(long registerId) {
		return "registerImport." + registerId;
	}

	@GetMapping("/registers/{registerId}/import")
	String upload(@PathVariable long registerId, Model model) {
		Register register = this.registers.register(registerId);
		this.registers.checkEntries(register);
		model.addAttribute("register", register);
		return VIEW_UPLOAD;
	}

	@PostMapping("/registers/{registerId}/import")
	String preview(@PathVariable long registerId, @RequestParam(required = false) MultipartFile file,
			HttpSession session, Model model, Locale locale) throws IOException {
		Register register = this.registers.register(registerId);
		this.registers.checkEntries(register);
		session.removeAttribute(sessionKey(registerId));
		String name = (file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try {
			RegisterImport preview = this.imports.preview(registerId, (file != null) ? file.getBytes() : new byte[0],
					name, locale);
			session.setAttribute(sessionKey(registerId), preview);
			return showPreview(register, preview, model);
		}
		catch (UnreadableRegisterWorkbook ex) {
			model.addAttribute("register", register);
			model.addAttribute("problem", ex.code());
			model.addAttribute("problemArguments", ex.arguments());
			return VIEW_UPLOAD;
		}
	}

	@PostMapping("/registers/{registerId}/import/confirm")
	String confirm(@PathVariable long registerId, HttpSession session, Model model, RedirectAttributes redirect) {
		Register register = this.registers.register(registerId);
		this.registers.checkEntries(register);
		if (!(session.getAttribute(sessionKey(registerId)) instanceof RegisterImport preview)
				|| preview.registerId() != registerId) {
			redirect.addFlashAttribute("problem", "register.import.expired");
			return "redirect:/registers/{registerId}/import";
		}
		Optional<RegisterImport> flagged = this.imports.confirm(preview);
		if (flagged.isPresent()) {
			session.setAttribute(sessionKey(registerId), flagged.get());
			model.addAttribute("refused", true);
			return showPreview(register, flagged.get(), model);
		}
		session.removeAttribute(sessionKey(registerId));
		redirect.addFlashAttribute("message", "register.import.saved");
		return "redirect:/registers/{registerId}";
	}

	private static String showPreview(Register register, RegisterImport preview, Model model) {
		model.addAttribute("register", register);
		model.addAttribute("preview", preview);
		model.addAttribute("flagged", preview.flaggedCount());
		return VIEW_PREVIEW;
	}

}
