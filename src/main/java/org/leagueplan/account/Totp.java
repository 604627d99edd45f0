package org.leagueplan.account;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Time-based one-time passwords (RFC 6238 with RFC 4226): HMAC-SHA1, 30-second steps, 6
 * digits, the form every authenticator app reads from an {@code otpauth://} QR code.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new random secret of 160 bits, base32 encoded. */
	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/** The code for a time step. */
	static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long step(Instant time) {
		return time.getEpochSecond() / STEP_SECONDS;
	}

	/**
	 * The time step whose code matches, allowing one step of clock drift either way and
	 * never a step at or before {@code lastUsedStep} (a code works once).
	 */
	static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			boolean unused = lastUsedStep == null || step > lastUsedStep;
			if (unused && java.security.MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.strip().getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String otpauthUri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	/** The URI as a QR code in an SVG image, as a data: URI for an {@code <img>}. */
	static String qrCodeDataUri(String uri) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0);
			int size = matrix.getWidth();
			int quiet = 4;
			StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
				.append(size + 2 * quiet)
				.append(' ')
				.append(size + 2 * quiet)
				.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					if (matrix.get(x, y)) {
						svg.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
					}
				}
			}
			svg.append("\" fill=\"#000\"/></svg>");
			return "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	static byte[] unbase32(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				continue;
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
