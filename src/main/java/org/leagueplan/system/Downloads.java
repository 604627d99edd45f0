package org.leagueplan.system;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download whose name is Chinese: the name in UTF-8
 * as RFC 5987 / RFC 6266 write it ({@code filename*=UTF-8''…}), and an ASCII name for
 * clients that read only {@code filename}.
 */
public final class Downloads {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private Downloads() {
	}

	public static String attachment(String fileName, String asciiFallback) {
		return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encode(fileName);
	}

	/** Percent-encodes every byte that is not an RFC 5987 {@code attr-char}. */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", (int) c));
			}
		}
		return encoded.toString();
	}

}
