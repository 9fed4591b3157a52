package org.heard.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body over Heard's limits with 413, on every listener (HTTP and HTTPS alike), before any of it
 * is read: a declared length over the limit is answered at once, and the connection is closed rather than drained.
 * A JSON body without a declared length (chunked) is counted as it is read and fails once over the limit; any other
 * body without one is refused (411), since the container would parse a form's parameters without a bound. The
 * listeners' own limit is off ({@code payara/pre-boot-commands.asadmin}): it would answer before Heard, with the
 * container's page. The limits:
 * {@code heard.request.max-json-bytes} for the JSON endpoints under {@code /api} (an answer is at most 20,000
 * characters), {@code heard.request.max-upload-bytes} for file uploads (a script document is refused over 1 MB
 * with a message of its own; this stops abusive ones), {@code heard.request.max-bytes} for everything else.
 * {@link org.heard.interfaces.web.ErrorPages} answers the 413: Heard's page, or JSON under {@code /api}.
 */
@WebFilter(filterName = "RequestSizeFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestSizeFilter.class.getName());

    private long maxBytes;
    private long maxJsonBytes;
    private long maxUploadBytes;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        var settings = ConfigProvider.getConfig();
        maxBytes =
                settings.getOptionalValue("heard.request.max-bytes", Long.class).orElse(2L * 1024 * 1024);
        maxJsonBytes = settings.getOptionalValue("heard.request.max-json-bytes", Long.class)
                .orElse(1024L * 1024);
        maxUploadBytes = settings.getOptionalValue("heard.request.max-upload-bytes", Long.class)
                .orElse(8L * 1024 * 1024);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            LOG.info(() -> "Request body of " + declared + " bytes refused (limit " + limit + ")");
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !limitsWhileReading(request)) {
            // A page's form always declares its length; the container would parse one that does not unbounded.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(declared < 0 ? new Bounded(request, limit) : request, response);
    }

    /** Whether the body is read through {@link #getInputStream} (the JSON endpoints), where it is counted. */
    private static boolean limitsWhileReading(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return maxJsonBytes;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return maxUploadBytes;
        }
        return maxBytes;
    }

    /** A body read with a limit: reading past it fails. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new Counting(super.getInputStream(), limit);
            }
            return bounded;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
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

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
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

    /** A body without a declared length went over the limit while it was read. */
    public static final class RequestTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        RequestTooLargeException(long limit) {
            super("Request body over " + limit + " bytes");
        }
    }
}
