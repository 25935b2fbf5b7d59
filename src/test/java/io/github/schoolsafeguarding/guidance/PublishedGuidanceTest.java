package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Phone;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every page of the published site as a reader gets it, and checks what the guidance
 * promises them: each page says where its advice comes from, every phone number on it can be
 * dialled, nothing meant for the build is left in the text, and every rule is shown on a page that
 * discusses it.
 */
class PublishedGuidanceTest {

    /**
     * A full UK number as people write it, "01275 888808" or "+44 1275 888808", loosely enough to
     * catch one with a digit missing or extra; short codes are checked through their links.
     */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("(?<![\\d+])(?:\\+44 ?|0)\\d(?:[ -]?\\d){7,10}(?![\\d])");
    private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile("\\{\\{|\\}\\}|[\\uE000\\uE001]");

    @TempDir
    static Path output;

    static SitePublisher.Publication site;
    static Map<Path, Document> pages = new TreeMap<>();

    @BeforeAll
    static void publish() {
        site = PublishedSite.publish(output);
        for (String area : site.areas()) {
            PublishedSite.htmlFiles(output.resolve(area)).forEach(file -> pages.put(file, parse(file)));
        }
    }

    @Test
    void everyPageCitesAtLeastOneSource() {
        List<String> uncited = new ArrayList<>();
        pages.forEach((file, page) -> {
            Element sources = page.selectFirst(".app-page-meta dt:containsOwn(Sources) + dd");
            if (PublishedSite.isGeneratedPage(output, file)) {
                return;
            }
            if (sources == null || sources.select("li").isEmpty()) {
                uncited.add(name(file));
            }
        });
        assertEquals(List.of(), uncited, "pages that do not say which documents their advice comes from");
        assertTrue(pages.size() > 3 * 40, "expected the whole guidance in every area, found " + pages.size() + " pages");
    }

    @Test
    void everyPhoneNumberOnEveryPageIsOneAReaderInTheUkCanDial() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : pages.entrySet()) {
            Document page = entry.getValue();
            Matcher written = WRITTEN_NUMBER.matcher(page.body().text());
            while (written.find()) {
                checked++;
                if (!diallable(written.group())) {
                    wrong.add(name(entry.getKey()) + ": " + written.group());
                }
            }
            for (Element link : page.select("a[href^=tel:]")) {
                checked++;
                if (!diallable(link.attr("href").substring("tel:".length()))) {
                    wrong.add(name(entry.getKey()) + ": link " + link.attr("href"));
                }
            }
        }
        assertEquals(List.of(), wrong, "numbers that no one in the UK can dial");
        assertTrue(checked > 100, "expected phone numbers on the pages, found " + checked);
    }

    @Test
    void noPageHasAPlaceholderLeftInItsTextOrLinks() {
        List<String> leftovers = new ArrayList<>();
        pages.forEach((file, page) -> {
            List<String> places = new ArrayList<>();
            places.add(page.text());
            page.select("[href]").forEach(link -> places.add(link.attr("href")));
            places.stream().filter(text -> LEFTOVER_PLACEHOLDER.matcher(text).find()).findFirst()
                    .ifPresent(text -> leftovers.add(name(file)));
        });
        assertEquals(List.of(), leftovers, "pages with a placeholder the build did not fill");
    }

    @Test
    void everyAreasPolicyTemplateHasAFormFieldForEachOfItsBlanks() {
        for (String area : site.areas()) {
            Path file = output.resolve(area).resolve("sharing-nudes/school-policy.html");
            Document page = pages.get(file);
            Set<String> blanks = new TreeSet<>(page.select(".app-prose [data-school-field]").eachAttr("data-school-field"));
            Set<String> fields = new TreeSet<>(page.select("form [data-school-copy-field]:has(input)")
                    .eachAttr("data-school-copy-field"));
            assertTrue(blanks.size() >= 6, name(file) + " has the school's blanks: " + blanks);
            assertTrue(fields.containsAll(blanks), name(file) + ": blanks " + blanks + ", form fields " + fields);
            assertFalse(page.outerHtml().contains("{{"), name(file) + " has a placeholder or template tag left in it");
        }
    }

    /**
     * A contact with several numbers lists each with what it is for, never run together ("999: 112"),
     * wherever an outcome lists it.
     */
    @Test
    void anOutcomesContactWithSeveralNumbersSaysWhatEachIsFor() {
        List<String> runTogether = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<Path, Document> page : pages.entrySet()) {
            for (var item : page.getValue().select(".app-outcome li")) {
                var numbers = item.select("a[href^=tel:]");
                if (numbers.size() > 1) {
                    seen++;
                    for (var number : numbers.subList(1, numbers.size())) {
                        var before = number.previousSibling();
                        if (!(before instanceof org.jsoup.nodes.TextNode text) || !text.text().endsWith("; ")) {
                            runTogether.add(output.relativize(page.getKey()) + ": " + item.text());
                        }
                    }
                }
            }
        }
        assertTrue(seen > 0, "no outcome lists a contact with several numbers");
        assertEquals(List.of(), runTogether);
    }

    /**
     * Every outcome that sends a school to a service that takes referrals (the roles under
     * {@code checks: secure_email: roles:} in site.yaml) shows, for each such role, a number to tap in
     * office hours and one out of hours, the out-of-hours contact marked as such; or the area's
     * compliance report names the outcome and the role as a gap. Tables, outcomes, roles and areas
     * all come from the content.
     */
    @Test
    void everyReferralOutcomeShowsANumberForOfficeHoursAndOneForOutOfHoursOrTheReportSaysWhichIsMissing() {
        Content content = ContentReader.read(PublishedSite.CONTENT, new Problems());
        List<String> referralRoles = content.site().checks().secureEmailRoles();
        List<String> unaccounted = new ArrayList<>();
        int complete = 0;
        int reported = 0;
        for (String areaId : site.areas()) {
            Map<String, Contact> contacts = content.contactsFor(content.area(areaId).orElseThrow()).stream()
                    .collect(Collectors.toMap(Contact::id, contact -> contact));
            Document report = pages.get(output.resolve(areaId).resolve("compliance.html"));
            for (DecisionTable table : content.decisions()) {
                Document page = pages.get(output.resolve(areaId).resolve("decisions").resolve(table.id() + ".html"));
                for (Output answer : table.outputs()) {
                    for (OutputValue value : answer.values()) {
                        Element outcome = page.selectFirst(".app-outcome[data-output=" + answer.id() + "][data-value="
                                + value.id() + "]");
                        for (String role : value.contacts().stream().filter(referralRoles::contains)
                                .filter(role -> !role.equals(Contact.outOfHoursRole(role))).toList()) {
                            boolean officeHours = false;
                            boolean outOfHours = false;
                            for (Element item : outcome.select("li[data-contact]")) {
                                Contact contact = contacts.get(item.attr("data-contact"));
                                boolean tappable = !item.select("a[href^=tel:]").isEmpty();
                                boolean marked = item.hasAttr("data-out-of-hours");
                                assertEquals(marked, item.text().startsWith("Out of hours: "), item.text());
                                // marked next to the daytime contacts, unless the outcome lists it for another role
                                outOfHours |= tappable && contact.roles().contains(Contact.outOfHoursRole(role));
                                officeHours |= tappable && !marked && contact.roles().contains(role);
                            }
                            String where = areaId + " " + table.id() + " " + value.id() + " " + role;
                            if (officeHours && outOfHours) {
                                complete++;
                            } else if (report.selectFirst(".app-compliance__referral-gaps li[data-table=" + table.id()
                                    + "][data-outcome=" + value.id() + "][data-role=" + role + "]") != null) {
                                reported++;
                            } else {
                                unaccounted.add(where + (officeHours ? "" : ": no office-hours number")
                                        + (outOfHours ? "" : ": no out-of-hours number"));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unaccounted, "referral outcomes missing a number that the compliance report does not list");
        assertTrue(complete > 0, "no referral outcome in any area shows both numbers");
        assertTrue(complete + reported > 3 * 10, "expected referral outcomes in every area, found " + (complete + reported));
    }

    @Test
    void everyDecisionTableIsShownOnAGuidancePageInEveryArea() {
        Set<String> tables = DecisionTableReader.readAll(PublishedSite.CONTENT.resolve("decisions"), new Problems())
                .stream().map(DecisionTable::id).collect(Collectors.toCollection(TreeSet::new));
        for (String area : site.areas()) {
            Set<String> embedded = pages.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(output.resolve(area)))
                    .flatMap(entry -> entry.getValue().select(".app-decision-embed[data-table]").stream())
                    .map(embed -> embed.attr("data-table"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(tables);
            missing.removeAll(embedded);
            assertEquals(Set.of(), missing, "tables no guidance page in " + area + " shows");
        }
        assertFalse(tables.isEmpty());
    }

    @Test
    void everySectionOnTheLegislationPageIsCitedByAGuidancePage() {
        Set<String> sections = new TreeSet<>();
        Set<String> cited = new TreeSet<>();
        pages.forEach((file, page) -> {
            if (file.getFileName().toString().equals("legislation.html")) {
                for (Element section : page.select("main h3[id]")) {
                    sections.add(section.id());
                    Element next = section.nextElementSibling();
                    while (next != null && !next.nameIs("h2") && !next.nameIs("h3")) {
                        if (next.hasClass("cited-by")) {
                            cited.add(section.id());
                        }
                        next = next.nextElementSibling();
                    }
                }
            }
        });
        sections.removeAll(cited);
        assertEquals(Set.of(), sections, "sections of acts that no page links to: link them where the guidance relies"
                + " on them, or remove them");
    }

    /** The engine's own test of a number, the one the build applies to every contact. */
    private static boolean diallable(String number) {
        return new Phone(number, Optional.empty(), Optional.empty()).isDiallableInTheUk();
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return output.relativize(file).toString();
    }
}
