package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an area may set for itself in its own folder (its site title, exit page, secure e-mail domains
 * and sources), each seen where readers and editors meet it: on that area's pages only, and, when it is
 * wrong, at the line of the file to fix.
 */
class AreaSettingsTest {

    @TempDir
    Path folder;

    ContentFixture fixture;
    Path output;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        output = folder.resolve("target/site");
        // every page shows the site's title and its exit page, as the real theme's header does
        fixture.write("theme/templates/base.mustache", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>{{$title}}{{page.title}} – {{site.title}}{{/title}}</title></head>
                <body>
                <header><p class="site-title">{{site.title}}</p><a href="{{site.exit_page}}">Exit this page</a></header>
                {{$main}}{{/main}}
                </body>
                </html>
                """);
        fixture.write("theme/templates/compliance.mustache", "{{<base}}{{$main}}<h1>Compliance report</h1>{{#report}}"
                + "{{#contacts}}{{#items}}<p>{{id}}: {{#email_status}}{{label}}{{/email_status}}</p>{{/items}}"
                + "{{/contacts}}{{#sources}}{{#items}}<p>Source: {{title}}</p>{{/items}}{{/sources}}{{/report}}"
                + "{{/main}}{{/base}}");
    }

    SitePublisher publisher() {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme)
                .build();
    }

    List<String> found() {
        return publisher().check().stream().map(problem -> problem.id() + " " + problem.format(folder)).toList();
    }

    void addToArea(String id, String yaml) {
        fixture.write("content/areas/" + id + "/area.yaml", fixture.read("content/areas/" + id + "/area.yaml") + yaml);
    }

    /** An area's one contact, copied from {@code source}: its 'source:' is on line 12 of area.yaml. */
    static String contactCopiedFrom(String source) {
        return """
                contacts:
                  - id: front-door
                    organisation: The council
                    phones:
                      - number: "0808 800 5000"
                    source: %s
                """.formatted(source);
    }

    @Test
    void anAreasTitleIsShownOnEveryPageOfThatAreaOnly() throws ContentException {
        addToArea("north", "title: Keeping children safe in North Shire schools\n");

        publisher().publish(output);

        for (String page : List.of("index.html", "incidents/call.html", "search.html", "compliance.html",
                "amendments.html", "amendments.xml")) {
            assertTrue(fixture.read("target/site/north/" + page).contains("Keeping children safe in North Shire schools"),
                    "north/" + page);
            String south = fixture.read("target/site/south/" + page);
            assertTrue(south.contains("Test guidance") && !south.contains("North Shire schools"), "south/" + page);
        }
        assertTrue(fixture.read("target/site/north/index.html")
                .contains("<title>Home – Keeping children safe in North Shire schools</title>"));
        String picker = fixture.read("target/site/index.html");
        assertTrue(picker.contains("Test guidance") && !picker.contains("North Shire schools"),
                "the page that picks an area is the whole site's: " + picker);
    }

    @Test
    void anAreasExitPageIsWhereExitThisPageLeadsInThatAreaOnly() throws ContentException {
        addToArea("north", "exit_page: https://www.example.org/weather\n");
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + "exit_page: https://www.example.com/news\n");

        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/incidents/call.html")
                .contains("<a href=\"https://www.example.org/weather\">Exit this page</a>"));
        assertTrue(fixture.read("target/site/north/search.html").contains("https://www.example.org/weather"));
        assertTrue(fixture.read("target/site/south/incidents/call.html")
                .contains("<a href=\"https://www.example.com/news\">Exit this page</a>"));
    }

    @Test
    void anAreasSecureEmailDomainsCountForItsOwnContactsOnly() throws ContentException {
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + """
                checks:
                  secure_email:
                    source: test-source
                    domains: [nhs.net]
                    roles: [referrals]
                """);
        addToArea("north", """
                secure_email_domains: [north.gov.uk]
                contacts:
                  - id: north-front-door
                    roles: [referrals]
                    organisation: North Shire Council
                    email: front.door@children.north.gov.uk
                    source: test-source
                """);
        addToArea("south", """
                contacts:
                  - id: south-front-door
                    roles: [referrals]
                    organisation: South Shire Council
                    email: front.door@north.gov.uk
                    source: test-source
                """);

        assertEquals(List.of("contact.insecure-email content/areas/south/area.yaml:8:5: contact 'south-front-door'"
                + " takes referrals or intelligence about children, but 'front.door@north.gov.uk' is not on a secure"
                + " e-mail domain — give its secure address (on nhs.net), or add the domain to 'checks: secure_email:"
                + " domains:' in site.yaml (or 'secure_email_domains:' in this area.yaml, for this area's contacts"
                + " alone) if a source lists it as secure"), found());

        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("    source: test-source", "    email: help@north.gov.uk\n    source: test-source")
                .replace("roles: [helpline]", "roles: [helpline, referrals]"));
        fixture.write("content/areas/south/area.yaml", fixture.read("content/areas/south/area.yaml")
                .replace("front.door@north.gov.uk", "front.door@nhs.net"));
        assertEquals(List.of("contact.insecure-email content/contacts.yaml:2:5: contact 'helpline' takes referrals or"
                + " intelligence about children, but 'help@north.gov.uk' is not on a secure e-mail domain — give its"
                + " secure address (on nhs.net), or add the domain to 'checks: secure_email: domains:' in site.yaml"
                + " if a source lists it as secure"), found(), "a national contact is shown in every area, so only"
                + " site.yaml's domains count for it");

        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("help@north.gov.uk", "help@nhs.net"));
        publisher().publish(output);
        String report = fixture.read("target/site/north/compliance.html");
        assertTrue(report.contains("<p>north-front-door: Secure</p>"), report);
    }

    @Test
    void anAreasOwnSourcesAreCitedByItsPagesAndContactsAndListedOnItsReport() throws ContentException {
        fixture.write("content/areas/north/sources.yaml", """
                north-protocol:
                  title: The North Shire referral protocol
                  publisher: North Shire Safeguarding Board
                  address: https://www.example.org/north-protocol
                  summary: How schools in North Shire refer.
                """);
        fixture.page("areas/north/pages/local.md", "Referrals in North Shire", 20, "Refer as the protocol says.\n");
        fixture.write("content/areas/north/pages/local.md", fixture.read("content/areas/north/pages/local.md")
                .replace("sources: [test-source]", "sources: [test-source, north-protocol]"));
        addToArea("north", contactCopiedFrom("north-protocol"));

        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/local.html").contains("The North Shire referral protocol"));
        assertTrue(fixture.read("target/site/north/compliance.html")
                .contains("<p>Source: The North Shire referral protocol</p>"));
        assertFalse(fixture.read("target/site/south/compliance.html").contains("North Shire referral protocol"));
    }

    @Test
    void anotherAreaOrASharedPageCitingAnAreasOwnSourceIsAnErrorWhereItIsCited() {
        fixture.write("content/areas/north/sources.yaml", """
                north-protocol:
                  title: The North Shire referral protocol
                  publisher: North Shire Safeguarding Board
                  summary: How schools in North Shire refer.
                """);
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("sources: [test-source]", "sources: [test-source, north-protocol]"));
        fixture.page("areas/south/pages/local.md", "Referrals in South Shire", 20, "Refer.\n");
        fixture.write("content/areas/south/pages/local.md", fixture.read("content/areas/south/pages/local.md")
                .replace("sources: [test-source]", "sources:\n  - north-protocol"));
        addToArea("south", contactCopiedFrom("north-protocol"));

        String because = ": 'north-protocol' is a source of area 'north' alone (content/areas/north/sources.yaml:2:3):"
                + " only that area's pages and contacts may cite it — cite a shared source";
        String move = " instead; if every area may rely on it, move its entry to content/sources.yaml, with 'area:"
                + " north' to say which area it is about";
        assertEquals(List.of(
                "source.area-only content/areas/south/area.yaml:12:13" + because + " or one of this area's own" + move,
                "source.area-only content/areas/south/pages/local.md:6:5" + because + " or one of this area's own" + move,
                "source.area-only content/pages/incidents/call.md:5:24" + because + move), found());
    }

    @Test
    void aSharedSourceSayingWhichAreaItIsAboutMayStillBeCitedByEveryPage() {
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml") + """
                north-leaflet:
                  title: A North Shire leaflet
                  publisher: North Shire Safeguarding Board
                  area: north
                  summary: About North Shire.
                """);
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("sources: [test-source]", "sources: [test-source, north-leaflet]"));
        assertEquals(List.of(), found());

        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml").replace("area: north", "area: east"));
        assertEquals(List.of("source.area content/sources.yaml:8:9: 'area' is 'east', which is not an area — write the"
                + " id of the area the document is about (north, south: the folders under content/areas/), or remove"
                + " 'area:'"), found());
    }

    @Test
    void aBrokenAreaSourcesFileIsReportedAtItsOwnLines() {
        fixture.write("content/areas/north/sources.yaml", """
                north-protocol:
                  title: The North Shire referral protocol
                  publisher: North Shire Safeguarding Board
                  address: www.example.org/north-protocol
                  review_due: 2022-07-01
                  supersedes: [north-leaflet]
                  summary: How schools in North Shire refer.
                test-source:
                  title: Another document with the shared one's short name
                  publisher: North Shire Safeguarding Board
                  summary: A copy.
                North_Flowchart:
                  title: A flowchart
                  area: south
                  summary: No publisher.
                """);
        fixture.page("areas/north/pages/local.md", "Referrals in North Shire", 20, "Refer.\n");
        fixture.write("content/areas/north/pages/local.md", fixture.read("content/areas/north/pages/local.md")
                .replace("sources: [test-source]", "sources: [test-source, north-protocol]"));

        assertEquals(List.of(
                "source.review-overdue content/areas/north/sources.yaml:2:3: warning: source 'north-protocol' was due"
                        + " for review on 1 July 2022, before today, 22 November 2026 — rewrite the pages that cite it from the current document, or, if"
                        + " the guidance must still rely on it, add 'checked: 2026-11-22' and 'kept_because:' saying why",
                "source.unknown content/areas/north/sources.yaml:2:3: 'north-leaflet' is not a known source — use one of"
                        + " test-source, north-protocol, North_Flowchart, or add it to sources.yaml"
                        + " (content/areas/north/sources.yaml for this area alone)",
                "source.address content/areas/north/sources.yaml:4:12: 'www.example.org/north-protocol' is not a"
                        + " well-formed web address — copy the whole address from the publisher's page, starting https://",
                "source.duplicate-id content/areas/north/sources.yaml:9:3: source 'test-source' is already listed at"
                        + " content/sources.yaml:2:3 — cite that entry and remove this one, or, if they are different"
                        + " documents, give this one another short name",
                "id.not-kebab-case content/areas/north/sources.yaml:13:3: source id 'North_Flowchart' is not kebab-case"
                        + " — use lower-case letters, digits and hyphens, such as 'north-somerset'",
                "yaml.missing-key content/areas/north/sources.yaml:13:3: 'publisher' is missing — add 'publisher:' with"
                        + " who published it",
                "source.area content/areas/north/sources.yaml:14:9: a source in content/areas/north/sources.yaml says it"
                        + " is about area 'south' — remove 'area:': a source here belongs to area 'north' alone; move it"
                        + " to content/sources.yaml (or content/areas/south/sources.yaml) if it is about 'south'"),
                found().stream().filter(problem -> !problem.startsWith("html.")).toList());
    }

    @Test
    void badSettingsAreErrorsAtTheirLinesSayingWhatToWrite() {
        addToArea("north", """
                title:
                exit_page: http://www.example.org/weather
                secure_email_domains: [https://nhs.net, referrals@north.gov.uk, nhs]
                """);
        addToArea("south", """
                title: ""
                exit_page: the weather
                secure_email_domains:
                titel: South guidance
                """);

        assertEquals(List.of(
                "area.empty-setting content/areas/north/area.yaml:7:1: 'title' is empty — write the site's title for"
                        + " this area's readers, or delete the line to use site.yaml's, 'Test guidance'",
                "site.bad-exit-page content/areas/north/area.yaml:8:12: 'http://www.example.org/weather' is not a whole"
                        + " web address starting https:// — give the whole address of a neutral page that gives nothing"
                        + " away, such as https://www.bbc.co.uk/weather, or delete the line to use site.yaml's,"
                        + " https://www.bbc.co.uk/weather",
                "site.bad-email-domain content/areas/north/area.yaml:9:24: 'https://nhs.net' is not a domain name —"
                        + " write 'nhs.net': the domain alone, as an e-mail address has it after its @",
                "site.bad-email-domain content/areas/north/area.yaml:9:41: 'referrals@north.gov.uk' is not a domain"
                        + " name — write 'north.gov.uk': the domain alone, as an e-mail address has it after its @",
                "site.bad-email-domain content/areas/north/area.yaml:9:65: 'nhs' is not a domain name — write the"
                        + " domain alone, as an e-mail address has it after its @, such as nhs.net",
                "yaml.not-text content/areas/south/area.yaml:7:8: 'title' should be the site's title for this area's"
                        + " readers — write it as a single line of text",
                "site.bad-exit-page content/areas/south/area.yaml:8:12: 'the weather' is not a whole web address"
                        + " starting https:// — give the whole address of a neutral page that gives nothing away, such"
                        + " as https://www.bbc.co.uk/weather, or delete the line to use site.yaml's,"
                        + " https://www.bbc.co.uk/weather",
                "area.empty-setting content/areas/south/area.yaml:9:1: 'secure_email_domains' is empty — write the"
                        + " domains, such as [nhs.net], that count as secure for this area's contacts as well as"
                        + " site.yaml's, or delete the line to use site.yaml's alone (none)",
                "yaml.unknown-key content/areas/south/area.yaml:10:1: unknown key 'titel' — did you mean 'title'?"),
                found());
    }

    @Test
    void siteYamlsExitPageAndDomainsAreHeldToTheSameTest() {
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + """
                exit_page: javascript:history.back()
                checks:
                  secure_email:
                    domains: [nhs.net, "@pnn.police.uk"]
                """);

        assertEquals(List.of(
                "site.bad-exit-page content/site.yaml:3:12: 'javascript:history.back()' is not a whole web address"
                        + " starting https:// — give the whole address of a neutral page that gives nothing away, such as"
                        + " https://www.bbc.co.uk/weather, or delete the line to use the default,"
                        + " https://www.bbc.co.uk/weather",
                "site.bad-email-domain content/site.yaml:6:24: '@pnn.police.uk' is not a domain name — write"
                        + " 'pnn.police.uk': the domain alone, as an e-mail address has it after its @"),
                found());
    }
}
