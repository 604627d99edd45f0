package org.leagueplan.system;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A report or export asked for with parameters that cannot be used gets a 400 page
 * saying, in the person's language, what was wrong and how to write it — never a stack
 * trace. For the controllers marked {@link BadRequestPage}.
 */
@ControllerAdvice(annotations = BadRequestPage.class)
class BadRequests {

	static final String VIEW = "badRequest";

	private final MessageSource messages;

	BadRequests(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView invalidRequest(BadRequestException ex, Locale locale) {
		return page(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView unreadableParameter(MethodArgumentTypeMismatchException ex, Locale locale) {
		String value = String.valueOf(ex.getValue());
		String key = LocalDate.class.equals(ex.getRequiredType()) ? "export.date.invalid"
				: "reporting.parameter.invalid";
		return page(this.messages.getMessage(key, new Object[] { value }, locale));
	}

	private static ModelAndView page(String message) {
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
		page.addObject("problem", message);
		return page;
	}

}
