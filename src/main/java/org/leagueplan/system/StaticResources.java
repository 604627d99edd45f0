package org.leagueplan.system;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The application's static files (styles, scripts, the WebJars) and how they are served:
 * under their content's hash ({@code app-<md5>.css}: every page links to that address,
 * rewritten by Spring's resource URL encoding), kept by browsers for a year without
 * asking again ({@code immutable}); the same file asked for by its plain name is
 * revalidated each time (its last-modified date answers a 304), so no browser keeps an
 * old file after an upgrade. Static requests pass a security filter chain of their own
 * that reads no session and no security context, so a static file costs no database round
 * trip (account's {@code SecurityConfiguration}).
 */
public final class StaticResources {

	/** The addresses of static files: open to everyone, no session read. */
	public static final String[] PATHS = { "/static/**", "/webjars/**", "/favicon.ico" };

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl REVALIDATE = CacheControl.noCache();

	/** A file name carrying its content's hash (32 hexadecimal digits, MD5). */
	private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	private StaticResources() {
	}

	/** Whether the request asks for a static file. */
	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : PATHS) {
			if (MATCHER.match(pattern, path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The cache header of a static file at the path: a year when hashed, else revalidate.
	 */
	static CacheControl cacheControl(String path) {
		return HASHED.matcher(path).find() ? FOREVER : REVALIDATE;
	}

	/**
	 * Serves {@code /static/**} and {@code /webjars/**} with content-hashed addresses.
	 */
	static void register(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/static/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/**
	 * Sets a static file's cache header before it is served (the resource handler sets
	 * none of its own; the security chain of static files writes none either), and hides
	 * the session from it: without this, Spring MVC's flash attributes would look up the
	 * session of every request — static files included — and Spring Session would read it
	 * from the database and write its last access time back.
	 */
	static final class Caching extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !isStatic(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request.getRequestURI()).getHeaderValue());
			chain.doFilter(new WithoutSession(request), response);
		}

	}

	/** A request that has no session unless it asks to create one. */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return create ? super.getSession(true) : null;
		}

	}

}
