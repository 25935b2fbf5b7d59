package io.github.schoolsafeguarding.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSectionsTest {

    private static final String PAGE = """
            <html><body><header><a href="index.html">Site title</a></header>
            <main>
              <h1>Legal and illegal drugs</h1>
              <p class="lead">What to do about drugs.</p>
              <nav class="contents-list"><h2 id="contents-title">On this page</h2><a href="#x">Tobacco</a></nav>
              <p>If anyone is in danger, call 999.</p>
              <h2 id="tobacco">Tobacco and alcohol</h2>
              <p>Deal with it under <a href="p.html">your policies</a>.</p>
              <div class="worked-example"><h3>Worked example: cannabis</h3><p>A teacher finds</p></div>
              <table><tr><td>one</td><td>two</td></tr></table>
              <h3 id="solvents">Solvents</h3>
              <p>Volatile substances.</p>
              <form hidden><label>Hidden question</label></form>
              <aside class="page-meta"><h2 id="about-this-page">About this page</h2><p>Sources</p></aside>
            </main>
            <footer>Footer text</footer></body></html>
            """;

    @Test
    void thePageAndEachPartWithAnIdAreDocuments() {
        List<SearchDocument> documents = PageSections.of("incidents/drugs.html", PAGE);

        assertEquals(List.of(
                new SearchDocument("incidents/drugs.html", Kind.GUIDANCE, "Legal and illegal drugs", "",
                        "Tobacco and alcohol Solvents", "What to do about drugs. If anyone is in danger, call 999."),
                new SearchDocument("incidents/drugs.html#tobacco", Kind.GUIDANCE, "Tobacco and alcohol",
                        "Legal and illegal drugs", "Worked example: cannabis",
                        "Deal with it under your policies. A teacher finds one two"),
                new SearchDocument("incidents/drugs.html#solvents", Kind.GUIDANCE, "Solvents",
                        "Legal and illegal drugs", "", "Volatile substances.")), documents);
    }

    @Test
    void aContactEntryIsFoundByItsName() {
        String contacts = """
                <main><h1>Contacts</h1>
                <h2 id="national-contacts">National contacts</h2>
                <dl><div class="contact-list__item" id="contact-nspcc">
                  <dt>NSPCC helpline<span class="contact-list__organisation">NSPCC</span></dt>
                  <dd><p>Advice for adults.</p></dd>
                </div></dl></main>
                """;

        List<SearchDocument> documents = PageSections.of("contacts.html", contacts);

        assertEquals(new SearchDocument("contacts.html#contact-nspcc", Kind.CONTACT, "NSPCC helpline", "Contacts",
                "NSPCC", "Advice for adults."), documents.get(2));
    }

    @Test
    void aPageWithoutMainHasNothingToFind() {
        assertEquals(List.of(), PageSections.of("index.html", "<html><body><p>Text</p></body></html>"));
    }

    @Test
    void theKindComesFromWhereThePageIsPublished() {
        assertEquals(Kind.CONTACT, Kind.of("contacts.html"));
        assertEquals(Kind.GLOSSARY, Kind.of("glossary.html"));
        assertEquals(Kind.LEGISLATION, Kind.of("legislation.html"));
        assertEquals(Kind.DECISION_TABLE, Kind.of("decisions/call-police.html"));
        assertEquals(Kind.GUIDANCE, Kind.of("decisions/index.html"));
        assertEquals(Kind.GUIDANCE, Kind.of("incidents/drugs.html"));
    }
}
