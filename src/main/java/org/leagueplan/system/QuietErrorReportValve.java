package org.leagueplan.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to a request it refuses before the application sees it (a malformed
 * request line, bad %-encoding, an invalid character): the status and a plain page in
 * Chinese and English, with the security headers every other answer has — no server name
 * or version, no exception, no stack trace. Public because Tomcat creates it from its
 * class name.
 */
public class QuietErrorReportValve extends ErrorReportValve {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	private static final String PAGE = """
			<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>请求有误 Bad request</title></head>
			<body><h1>请求有误（%1$d）</h1><p>服务器无法处理这个请求，请检查地址后重试。</p>
			<h2>The request could not be handled (%1$d)</h2><p>Please check the address and try again.</p></body></html>""";

	public QuietErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		headers(response);
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(String.format(PAGE, status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away: nothing more to say
		}
	}

	/**
	 * The headers of every page written outside Spring Security's filters (Tomcat's
	 * refusals, 413, 503).
	 */
	static void headers(jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Cache-Control", "no-store");
	}

	static byte[] page(int status) {
		return String.format(PAGE, status).getBytes(StandardCharsets.UTF_8);
	}

}
