package org.leagueplan.progress.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the size limit is refused before it reaches a form: the person goes back to the page they sent
 * it from, with a message, and nothing is saved.
 */
@ControllerAdvice
class UploadLimits {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("failure", "evidence.requestTooLarge");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean known = path.matches("/targets/\\d+/progress|/items/\\d+/updates");
		return "redirect:" + (known ? path : "/");
	}

}
