package cn.qinqing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for the audit trail and rate limits. X-Forwarded-For is trusted only
 * when the direct peer is one of the configured proxies ({@code qinqing.web.trusted-proxies});
 * otherwise anyone could forge it.
 */
@Component
public class ClientAddressResolver {

    private final List<String> trustedProxies;

    ClientAddressResolver(@Value("${qinqing.web.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String resolve(HttpServletRequest request) {
        var peer = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        // The right-most address not belonging to a trusted proxy is the real client.
        var hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /** The address of the request on this thread, or null outside a request. */
    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return resolve(attributes.getRequest());
        }
        return null;
    }
}
