package org.leagueplan.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests over the server's limits are answered by the application, before anything else
 * reads them: an upload over 20 MB a file, 100 MB in all, 50 parts, or a text part over
 * 16 MB gets the "too large" page (413) in the person's language, with one line in the
 * log and nothing saved. The error page's own address asked for directly is "not found"
 * rather than a failure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimits extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	public RequestLimits(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/**
	 * What Tomcat calls a limit it enforced while reading parts (commons-fileupload and
	 * its own).
	 */
	private static final String[] LIMIT_FAILURES = { "LimitExceeded", "maxPostSize", "PartCount", "post too large" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (isMultipart(request)) {
			try {
				// parts without a charset of their own are read once, here, in the
				// request's encoding: the
				// application's UTF-8, which the encoding filter would set only after
				// this one
				if (request.getCharacterEncoding() == null) {
					request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
				}
				request.getParts();
			}
			catch (IllegalStateException | ServletException | IOException ex) {
				if (!isLimit(ex)) {
					throw ex;
				}
				log.warn("Refused {} {} over the upload limits: {}", request.getMethod(), path, describe(ex));
				tooLarge(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The "too large" page, written here: the request's body cannot be read again, so
	 * neither the error page's dispatch nor anything that looks at the form (the CSRF
	 * check) can run.
	 */
	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = "en".equals(languageAsked(request)) ? Locale.ENGLISH : this.locales.resolveLocale(request);
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.title.413", null, locale));
		String explain = HtmlUtils.htmlEscape(this.messages.getMessage("error.explain.413", null, locale));
		String home = HtmlUtils.htmlEscape(this.messages.getMessage("error.home", null, locale));
		String page = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
				+ "</title></head><body><main><h1 id=\"error-title\">" + title + "</h1><p>" + explain
				+ "</p><p><a href=\"" + request.getContextPath() + "/\">" + home + "</a></p></main></body></html>";
		response.reset();
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		QuietErrorReportValve.headers(response);
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code ?lang=} from the address alone (the body is not read again). */
	private static String languageAsked(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith("lang=")) {
				return pair.substring(5);
			}
		}
		return null;
	}

	/** The error dispatch itself is left alone. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())
				&& type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	static boolean isLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			String said = cause.getClass().getSimpleName() + " " + cause.getMessage();
			for (String limit : LIMIT_FAILURES) {
				if (said.contains(limit)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
