package dev.meridian.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over the limit (JSON bodies carry base64 attachments): a declared Content-Length over it is
 * refused before anything reads the body, and a body of unknown length (chunked) is cut off once it passes the
 * limit, which {@link ApiErrorHandler} answers with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${meridian.api.max-body-size:40MB}") DataSize maxBody) {
		this.maxBytes = maxBody.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			byte[] body = ("{\"code\":\"request.too_large\",\"message\":\"the request body is larger than "
					+ maxBytes / (1024 * 1024) + " MB\",\"details\":[]}").getBytes(StandardCharsets.UTF_8);
			response.setStatus(413);
			response.setHeader("Connection", "close");
			response.setContentType("application/json");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			// Answer now: the client may still be sending a body that nobody will read.
			response.flushBuffer();
			return;
		}
		chain.doFilter(declared < 0 ? new LimitedRequest(request, maxBytes) : request, response);
	}

	/** Thrown while reading a body of undeclared length once it passes the limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long maxBytes) {
			super("the request body is larger than " + maxBytes + " bytes");
		}
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				limited = new LimitedInputStream(super.getInputStream(), maxBytes);
			}
			return limited;
		}
	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		LimitedInputStream(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > maxBytes) {
				throw new BodyTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
