package dev.meridian.quality.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reports as CSV (RFC 4180): a header row, quoted fields where needed, CRLF line ends and a byte-order mark, so that
 * Excel opens Chinese and Japanese names correctly.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	Csv(String... header) {
		row((Object[]) header);
	}

	Csv row(Object... fields) {
		for (int i = 0; i < fields.length; i++) {
			text.append(i == 0 ? "" : ",").append(field(fields[i]));
		}
		text.append("\r\n");
		return this;
	}

	ResponseEntity<byte[]> response(String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String field(Object value) {
		String s = value == null ? "" : value.toString();
		// A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
		if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
			s = "'" + s;
		}
		return s.matches(".*[\",\r\n].*|(?s).*[\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
