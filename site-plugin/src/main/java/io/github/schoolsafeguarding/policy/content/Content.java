package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything under the content folder, read and checked: the site, its sources, national contacts,
 * the areas, the shared pages and each area's own pages.
 *
 * @param unreadNationalContacts the national contacts that could not be read whole, whose problems
 *     are reported already
 * @param decisions the decision tables under {@code decisions/}, each read and checked for its
 *     form (the verifier checks its logic)
 * @param unreadablePages paths of pages that exist but could not be read (their problems are
 *     reported already), so that links to them are not reported a second time as broken
 * @param unreadableFiles the files of those pages, whose text may still say what they would show
 * @param unreadableTables ids of decision tables whose files exist but could not be read (their
 *     problems are reported already), so that pages that show or link to them are not reported a
 *     second time as naming a table that does not exist
 * @param unreadableAreas ids of the folders under {@code areas/} whose {@code area.yaml} is missing
 *     or could not be read (their problems are reported already), so that passages for them are
 *     not reported a second time as naming an area that does not exist
 */
public record Content(
        Path folder,
        SiteInfo site,
        Map<String, Source> sources,
        List<Contact> nationalContacts,
        UnreadContacts unreadNationalContacts,
        List<Area> areas,
        Map<String, Page> sharedPages,
        Map<String, Map<String, Page>> areaPages,
        Set<String> unreadablePages,
        List<Path> unreadableFiles,
        List<DecisionTable> decisions,
        Set<String> unreadableTables,
        Set<String> unreadableAreas) {

    /**
     * The pages of one area, by path: the shared pages with the area's own laid over them, so a page
     * at the same path replaces the shared one; each with the area's own area passages only.
     */
    public Map<String, Page> pagesFor(Area area) {
        Map<String, Page> pages = new TreeMap<>(sharedPages);
        pages.putAll(areaPages.getOrDefault(area.id(), Map.of()));
        pages.replaceAll((path, page) -> page.forArea(area.id()));
        return pages;
    }

    /**
     * Each page file of {@code areas} once: the shared pages and those areas' own, for the checks of
     * what a page says, which do not depend on the area it is shown in: so each with the text of
     * every area passage in place.
     */
    public List<Page> pageFiles(List<Area> areas) {
        List<Page> pages = new ArrayList<>(sharedPages.values());
        areas.forEach(area -> pages.addAll(areaPages.getOrDefault(area.id(), Map.of()).values()));
        pages.replaceAll(Page::withEveryPassage);
        return pages;
    }

    /**
     * Checks the area passages of every page file: each names areas that exist. A passage on an
     * area's own page is checked too, though only that area publishes the page.
     */
    public void checkAreaPassages(Problems problems) {
        List<String> ids = new ArrayList<>(areas.stream().map(Area::id).toList());
        ids.addAll(unreadableAreas);
        List<Page> pages = new ArrayList<>(sharedPages.values());
        areaPages.values().forEach(own -> pages.addAll(own.values()));
        pages.forEach(page -> AreaPassages.of(page.body()).check(page, ids, problems));
    }

    /** The sources the pages and contacts of {@code area} may cite: the shared ones, then the area's own. */
    public Map<String, Source> sourcesFor(Area area) {
        Map<String, Source> all = new LinkedHashMap<>(sources);
        all.putAll(area.sources());
        return all;
    }

    /** Every source: the shared ones, then each area's own. */
    public List<Source> everySource() {
        List<Source> all = new ArrayList<>(sources.values());
        areas.forEach(area -> all.addAll(area.sources().values()));
        return all;
    }

    /**
     * The checks a contact shown in {@code area} is held to: the area's, with its own secure e-mail
     * domains, for the area's own contacts; site.yaml's for a national one, which every area shows.
     */
    public Checks checksFor(Contact contact, Area area) {
        return area.contacts().contains(contact) ? area.site().checks() : site.checks();
    }

    /** The contacts a reader in {@code area} sees: the area's own first, then the national ones. */
    public List<Contact> contactsFor(Area area) {
        List<Contact> contacts = new ArrayList<>(area.contacts());
        contacts.addAll(nationalContacts);
        return contacts;
    }

    /**
     * The contacts a reader in {@code area} might see but that could not be read whole: a page that
     * needs one of them gets no second error for it.
     */
    public UnreadContacts unreadContactsFor(Area area) {
        return area.unreadContacts().and(unreadNationalContacts);
    }

    /**
     * The short names of the sources something relies on: a page, a duty, a contact or a decision
     * table. A source that nothing cites is kept only so readers can see what replaced what.
     */
    public Set<String> citedSources() {
        Set<String> cited = new TreeSet<>();
        for (Page page : pageFiles(areas)) {
            cited.addAll(page.meta().sources());
            page.meta().duties().forEach(duty -> cited.add(duty.source()));
        }
        nationalContacts.forEach(contact -> cited.add(contact.source()));
        areas.forEach(area -> area.contacts().forEach(contact -> cited.add(contact.source())));
        for (DecisionTable table : decisions) {
            cited.addAll(table.sources());
            table.rules().forEach(rule -> cited.add(rule.source()));
            table.examples().forEach(example -> cited.add(example.source()));
        }
        return cited;
    }

    public Optional<DecisionTable> decision(String id) {
        return decisions.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(area -> area.id().equals(id)).findFirst();
    }
}
