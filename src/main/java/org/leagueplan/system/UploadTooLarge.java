package org.leagueplan.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limits that reaches a controller after all (when
 * {@link RequestLimits} did not read it first): the same "too large" page (413); nothing
 * is saved.
 */
@ControllerAdvice
class UploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

}
