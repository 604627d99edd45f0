package org.leagueplan.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every text a person submits, to every controller, in forms and request parameters,
 * passes {@link PlainTextEditor}: a control character (other than tab and line breaks) is
 * a field error on a form and a 400 page on a parameter, never a 500 from the database.
 * Runs first, so a module's own trimming variant of the same editor takes its place.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlainTextBinding {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.keeping());
	}

	/**
	 * A request parameter or path value holding a control character: the error page, 400,
	 * in the person's language. Asked after the modules' own exception handlers
	 * (reporting explains its parameters itself) and before Spring's plain 400.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RefusedParameters implements WebMvcConfigurer, HandlerExceptionResolver {

		@Override
		public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
			resolvers.add(Math.min(1, resolvers.size()), this);
		}

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!(ex instanceof MethodArgumentTypeMismatchException)
					|| !(NestedExceptionUtils.getMostSpecificCause(ex) instanceof PlainTextEditor.Refused)) {
				return null;
			}
			ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
			page.addObject("status", HttpStatus.BAD_REQUEST.value());
			return page;
		}

	}

}
