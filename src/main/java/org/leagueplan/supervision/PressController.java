package org.leagueplan.supervision;

import org.leagueplan.system.PlainText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office presses an item from the dashboard's lists (ADMIN and plan-wide editors);
 * everyone logged in reads an item's reminder timeline.
 */
@Controller
class PressController {

	private static final String VIEW_TIMELINE = "supervision/reminders";

	private final Pressing pressing;

	PressController(Pressing pressing) {
		this.pressing = pressing;
	}

	@PostMapping("/items/{itemId}/press")
	String press(@PathVariable long itemId, @RequestParam(required = false) String message,
			RedirectAttributes redirect) {
		this.pressing.checkMayPress();
		if (message != null
				&& (message.strip().length() > Pressing.MESSAGE_LENGTH || !PlainText.isAcceptableText(message))) {
			redirect.addFlashAttribute("failure", "reminder.press.invalid");
			return "redirect:/items/" + itemId + "/reminders";
		}
		switch (this.pressing.press(itemId, message)) {
			case PRESSED -> redirect.addFlashAttribute("message", "reminder.pressed");
			case NOBODY -> redirect.addFlashAttribute("message", "reminder.press.nobody");
			case NOT_RUNNING -> redirect.addFlashAttribute("failure", "reminder.press.notRunning");
		}
		return "redirect:/items/" + itemId + "/reminders";
	}

	@GetMapping("/items/{itemId}/reminders")
	String timeline(@PathVariable long itemId, Model model) {
		model.addAttribute("timeline", this.pressing.timeline(itemId));
		model.addAttribute("mayPress", this.pressing.mayPress() && this.pressing.isRunning(itemId));
		model.addAttribute("messageLength", Pressing.MESSAGE_LENGTH);
		return VIEW_TIMELINE;
	}

}
