package org.shelfwise.benchmarks.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * One desk working through the staff client's pages as a browser with htmx does: its own session cookie, the CSRF
 * token its pages carry, a card scan (the form, then the patron's page it redirects to), an item scan and a
 * check-in scan, each an htmx request answered with the part of the page it changes.
 */
final class WebDesk {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String LENT = "data-outcome=\"lent\"";

    /** A page's answer: its status, where it redirects, and whether the desk's scan succeeded on it. */
    record Answer(int status, String location, String body) {
        boolean scanSucceeded() {
            return status == 200 && body.contains(LENT);
        }
    }

    private final CloseableHttpClient http;
    private final String staffUrl;
    private final HttpClientContext context = HttpClientContext.create();
    private String csrf;

    WebDesk(CloseableHttpClient http, String baseUrl) {
        this.http = http;
        this.staffUrl = baseUrl + "/staff";
        context.setCookieStore(new BasicCookieStore());
    }

    /** Signs in with the sign-in form, then reads the CSRF token the desk's pages carry. */
    void signIn(String username, String password) throws IOException {
        String token = csrfOf(send(new HttpGet(staffUrl + "/sign-in"), false).body());
        var signedIn = send(form(staffUrl + "/sign-in", "username", username, "password", password, "_csrf", token), false);
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
            throw new IllegalStateException("the desk's sign-in failed: " + signedIn.status() + " " + signedIn.location());
        }
        csrf = csrfOf(send(new HttpGet(staffUrl + "/checkin"), false).body());
    }

    /** The card form: answers the redirect to the patron's check-out page. */
    Answer scanCard(String card) throws IOException {
        return send(form(staffUrl + "/checkout", "patronBarcode", card, "_csrf", csrf), false);
    }

    /** The patron's check-out page the card scan led to (its banner: standing, loans, holds). */
    Answer open(String location) throws IOException {
        return send(new HttpGet(absolute(location)), false);
    }

    Answer checkOut(String patronPage, String item) throws IOException {
        return send(form(absolute(patronPage) + "/items", "itemBarcode", item, "key", UUID.randomUUID().toString(),
                "_csrf", csrf), true);
    }

    Answer checkIn(String item) throws IOException {
        return send(form(staffUrl + "/checkin", "itemBarcode", item, "key", UUID.randomUUID().toString(), "_csrf", csrf),
                true);
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : staffUrl.replace("/staff", "") + location;
    }

    private Answer send(HttpUriRequestBase request, boolean htmx) throws IOException {
        if (htmx) {
            request.setHeader("HX-Request", "true");
        }
        return http.execute(request, context, response -> {
            var location = response.getFirstHeader("Location");
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return new Answer(response.getCode(), location == null ? null : location.getValue(), body);
        });
    }

    private static HttpPost form(String url, String... fields) {
        var post = new HttpPost(url);
        List<NameValuePair> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(new BasicNameValuePair(fields[i], fields[i + 1]));
        }
        post.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
        return post;
    }

    private static String csrfOf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }
}
