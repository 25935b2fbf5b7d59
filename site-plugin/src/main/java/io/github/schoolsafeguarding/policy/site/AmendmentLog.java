package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.content.Amendment;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.SiteInfo;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Every amendment of an area's pages, newest first: the amendments page, and the same as an Atom
 * feed (RFC 4287) that schools can subscribe to.
 *
 * <p>An entry's id is a name-based UUID (RFC 4122, version 3) of the area, the page's path and the
 * amendment's date, so it stays the same from build to build and when the site moves. A {@code tag:}
 * URI would need a domain the publisher owns, which the content does not name; the page and date
 * are unique because a page may have one amendment a day. Dates are midnight UTC, since the content
 * gives days, not times.
 */
final class AmendmentLog {

    /** Where the amendments page is published, as if it were a page: the engine writes it, with no Markdown. */
    static final String PATH = "amendments.md";

    static final String FEED = "amendments.xml";

    private final SiteInfo site;
    private final Area area;
    private final List<Page> pages;
    private final List<Entry> entries;

    /** One amendment of one page. */
    private record Entry(Page page, Amendment amendment) {}

    AmendmentLog(SiteInfo site, Area area, Iterable<Page> pages) {
        this.site = site;
        this.area = area;
        this.pages = StreamSupport.stream(pages.spliterator(), false).toList();
        this.entries = this.pages.stream()
                .flatMap(page -> page.meta().amendments().stream().map(amendment -> new Entry(page, amendment)))
                .sorted(Comparator.comparing((Entry entry) -> entry.amendment().date()).reversed()
                        .thenComparing(entry -> entry.page().meta().title())
                        .thenComparing(entry -> entry.page().path()))
                .toList();
    }

    /** A page's own amendments for its page facts: {@code date}, {@code date_iso}, {@code change}. */
    static Map<String, Object> forPage(Page page) {
        return TemplateData.block(page.meta().amendments().stream().map(AmendmentLog::amendment).toList());
    }

    private static Map<String, Object> amendment(Amendment amendment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", TemplateData.date(amendment.date()));
        data.put("date_iso", amendment.date().toString());
        data.put("change", amendment.change());
        return data;
    }

    /** The amendments page's list: one group per day, newest first, each amendment with its page. */
    Map<String, Object> data() {
        Map<LocalDate, List<Map<String, Object>>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (Entry entry : entries) {
            Map<String, Object> item = amendment(entry.amendment());
            item.put("title", entry.page().meta().title());
            item.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(entry.page().path())));
            byDay.computeIfAbsent(entry.amendment().date(), day -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> days = new ArrayList<>();
        byDay.forEach((day, items) -> days.add(Map.of(
                "date", TemplateData.date(day), "date_iso", day.toString(), "items", items)));
        return TemplateData.block(days);
    }

    /** The feed's bytes: UTF-8, the same for the same content on any day and any machine. */
    byte[] feed() {
        Optional<String> areaAddress = site.address().map(address -> address + area.id() + "/");
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n");
        if (areaAddress.isEmpty()) {
            xml.append("  <!-- site.yaml gives no 'address:' (the site's web address), so the links below are relative"
                    + " to this file: a feed reader that fetched it from the site can follow them, a copy on its own"
                    + " cannot. -->\n");
        }
        xml.append("  <id>").append(id("amendments " + area.id())).append("</id>\n");
        element(xml, "  ", "title", "Amendments to " + site.title() + " in " + area.name());
        element(xml, "  ", "subtitle", "What changed in the guidance for schools in " + area.name()
                + ", newest first.");
        xml.append("  <updated>").append(timestamp(updated())).append("</updated>\n");
        xml.append("  <author>\n");
        element(xml, "    ", "name", site.title());
        xml.append("  </author>\n");
        areaAddress.ifPresent(address -> link(xml, "  ", "self", "application/atom+xml", address + FEED));
        link(xml, "  ", "alternate", "text/html", areaAddress.orElse("") + PagePaths.htmlFile(PATH));
        for (Entry entry : entries) {
            Page page = entry.page();
            LocalDate date = entry.amendment().date();
            xml.append("  <entry>\n");
            xml.append("    <id>").append(id("amendment " + area.id() + " " + page.path() + " " + date)).append("</id>\n");
            element(xml, "    ", "title", page.meta().title());
            xml.append("    <updated>").append(timestamp(date)).append("</updated>\n");
            xml.append("    <author>\n");
            element(xml, "      ", "name", page.meta().owner());
            xml.append("    </author>\n");
            link(xml, "    ", "alternate", "text/html", areaAddress.orElse("") + PagePaths.htmlFile(page.path()));
            element(xml, "    ", "summary", entry.amendment().change());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * When the feed last changed: its newest amendment, or, with none, the newest review of the
     * area's pages, since the feed must give a date and the guidance as a whole dates from then.
     */
    private LocalDate updated() {
        return entries.stream().map(entry -> entry.amendment().date()).findFirst()
                .orElseGet(() -> pages.stream().map(page -> page.meta().lastReviewed())
                        .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH));
    }

    private static String id(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String timestamp(LocalDate day) {
        return day + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name)
                .append(">\n");
    }

    private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(escape(href)).append("\"/>\n");
    }

    /** Text and attribute values, escaped for XML 1.0. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
