package org.shelfwise.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.GenericFilterBean;

import java.io.IOException;
import java.util.List;

/**
 * Believes the forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port},
 * {@code -Prefix}, {@code Forwarded}) only from a trusted proxy, the gateway: from anyone else they are removed
 * before anything reads them. Spring's own {@link ForwardedHeaderFilter} (Boot's {@code framework} strategy) trusts
 * every client, and springdoc reads the headers from the request itself, so a client could name any host in the
 * API documents' {@code servers}, any scheme, and any client address for the sign-in throttle.
 */
public class TrustedProxies extends GenericFilterBean {

    private final List<IpAddressMatcher> trusted;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    /** {@code trusted}: the proxies' addresses or address ranges, e.g. {@code 127.0.0.1}, {@code 10.0.0.0/8}. */
    public TrustedProxies(List<String> trusted) {
        this.trusted = trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new)
                .toList();
        remove.setRemoveOnly(true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var from = request.getRemoteAddr();
        boolean proxy = request instanceof HttpServletRequest && from != null
                && trusted.stream().anyMatch(range -> range.matches(from));
        (proxy ? apply : remove).doFilter(request, response, chain);
    }
}
