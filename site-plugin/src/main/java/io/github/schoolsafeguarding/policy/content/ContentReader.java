package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Addresses;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content folder:
 *
 * <pre>
 * site.yaml            the site's title and description
 * sources.yaml         the source documents, by short name
 * contacts.yaml        national contacts
 * pages/**.md          shared pages; every folder is a section with its own index.md
 * decisions/*.yaml     decision tables, one per file
 * areas/&lt;id&gt;/area.yaml   an area's profile, local contacts and own settings
 * areas/&lt;id&gt;/sources.yaml  source documents only that area's pages and contacts cite
 * areas/&lt;id&gt;/pages/      pages that replace or add to the shared ones in that area
 * areas/&lt;id&gt;/theme/      templates and assets that replace the shared theme's in that area
 * </pre>
 *
 * Every problem found is reported with its file and line; reading goes on after a problem so that
 * one run reports them all.
 */
public final class ContentReader {

    /** Ids of areas, contacts, roles and sources: lower-case letters, digits and hyphens. */
    public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A page's path below pages/: folders and a name of lower-case letters, digits, hyphens and underscores. */
    private static final Pattern PAGE_PATH = Pattern.compile("([a-z0-9_-]+/)*[a-z0-9_-]+\\.md");
    private static final List<String> AREA_KEYS = List.of("name", "covers", "board", "police_force", "order",
            "summary", "title", "exit_page", "secure_email_domains", "contacts");
    private static final List<String> SOURCE_KEYS = List.of("title", "publisher", "area", "version", "published",
            "address", "review_due", "superseded_by", "supersedes", "checked", "kept_because", "summary");
    private static final List<String> CHECKS_KEYS = List.of("verified_within_days", "review_due_soon_days",
            "secure_email");
    private static final List<String> SECURE_EMAIL_KEYS = List.of("source", "domains", "roles");
    private static final List<String> CONTACT_KEYS = List.of("id", "roles", "organisation", "service", "purpose",
            "phones", "email", "website", "source", "confirmed", "notes");
    private static final List<String> CONFIRMED_KEYS = List.of("on", "by", "how");
    private static final List<String> PHONE_KEYS = List.of("number", "hours", "label");

    private final Path folder;
    private final Problems problems;
    private final Memo memo;
    private final Set<String> unreadablePages = new TreeSet<>();
    private final List<Path> unreadableFiles = new ArrayList<>();
    private Map<String, Source> sharedSources = Map.of();
    /** Each area's own sources, by area id, read before anything that may cite them. */
    private final Map<String, Map<String, Source>> areaSources = new TreeMap<>();

    private ContentReader(Path folder, Problems problems, Memo memo) {
        this.folder = folder;
        this.problems = problems;
        this.memo = memo;
    }

    /** Reads everything under {@code folder}, reporting what is wrong into {@code problems}. */
    public static Content read(Path folder, Problems problems) {
        return read(folder, problems, Memo.NONE);
    }

    /** As {@link #read(Path, Problems)}, reading again only the pages whose text {@code memo} has not seen. */
    public static Content read(Path folder, Problems problems, Memo memo) {
        return new ContentReader(folder.toAbsolutePath().normalize(), problems, memo).read();
    }

    private Content read() {
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.error("content.missing", Location.of(folder), "the content folder does not exist",
                    "set policy.content to the folder that holds site.yaml, pages/ and areas/"));
            return new Content(folder, new SiteInfo("", "", SiteInfo.DEFAULT_EXIT_PAGE, Checks.defaults(), Optional.empty()), Map.of(), List.of(), UnreadContacts.ANY, List.of(), Map.of(), Map.of(), Set.of(), List.of(),
                    List.of(), Set.of(), Set.of());
        }
        SiteInfo site = readSite();
        readSources();
        ContactList national = requiredFile("contacts.yaml", "a 'contacts:' list of national contacts")
                .map(yaml -> readContacts(yaml, sharedKnown()))
                .orElse(new ContactList(List.of(), UnreadContacts.ANY));
        List<Area> areas = readAreas(site, national.contacts());
        Map<String, Page> shared = readPages(folder.resolve("pages"), sharedKnown());
        Map<String, Map<String, Page>> areaPages = new TreeMap<>();
        boolean sharedHome = Files.exists(folder.resolve("pages/index.md"));
        for (Area area : areas) {
            areaPages.put(area.id(), readPages(area.pagesFolder(), knownIn(area.id())));
            if (!sharedHome && !Files.exists(area.pagesFolder().resolve("index.md"))) {
                problems.add(Problem.error("content.no-home", Location.of(area.pagesFolder()),
                        "area '" + area.id() + "' has no home page",
                        "add its own home page as content/areas/" + area.id() + "/pages/index.md"
                                + " (or a shared one as content/pages/index.md)"));
            }
        }
        List<DecisionTable> decisions = DecisionTableReader.readAll(folder.resolve("decisions"), problems);
        decisions.forEach(table -> requireKnownSources(table, sharedKnown()));
        Set<String> unreadableTables = DecisionTableReader.ids(folder.resolve("decisions"));
        decisions.forEach(table -> unreadableTables.remove(table.id()));
        Set<String> unreadableAreas = areaFolders().map(area -> area.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        areas.forEach(area -> unreadableAreas.remove(area.id()));
        return new Content(folder, site, sharedSources, national.contacts(), national.unread(), areas, shared,
                areaPages, unreadablePages, unreadableFiles, decisions, unreadableTables, unreadableAreas);
    }

    /** The sources shared files may cite. */
    private KnownSources sharedKnown() {
        return KnownSources.shared(sharedSources, areaSources, folder.getParent());
    }

    /** The sources the files of area {@code id} may cite. */
    private KnownSources knownIn(String id) {
        return KnownSources.forArea(id, sharedSources, areaSources, folder.getParent());
    }

    private Optional<YamlValue> requiredFile(String name, String holding) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error("content.missing-file", Location.of(file), name + " is missing",
                    "create it with " + holding));
            return Optional.empty();
        }
        return YamlFiles.read(file, problems).filter(yaml -> isMap(yaml, name));
    }

    private boolean isMap(YamlValue yaml, String what) {
        if (!yaml.isMap()) {
            problems.add(Problem.error("yaml.not-map", yaml.location(), what + " should be 'key: value' lines",
                    "write one 'key: value' per line"));
        }
        return yaml.isMap();
    }

    private SiteInfo readSite() {
        return requiredFile("site.yaml", "'title:' and 'description:'").map(yaml -> {
            yaml.allowOnly(List.of("title", "description", "exit_page", "checks", "address"), problems);
            return new SiteInfo(yaml.requireText("title", problems, "the site's name").orElse(""),
                    yaml.requireText("description", problems, "one sentence about the site").orElse(""),
                    exitPage(yaml, "the default, " + SiteInfo.DEFAULT_EXIT_PAGE).orElse(SiteInfo.DEFAULT_EXIT_PAGE),
                    yaml.get("checks").filter(checks -> isMap(checks, "'checks'")).map(this::readChecks)
                            .orElse(Checks.defaults()),
                    readAddress(yaml));
        }).orElse(new SiteInfo("", "", SiteInfo.DEFAULT_EXIT_PAGE, Checks.defaults(), Optional.empty()));
    }

    /** The site's web address as the folder it is: a link is added to it, so it must end in a slash. */
    private Optional<String> readAddress(YamlValue site) {
        Optional<String> address = site.optionalText("address", problems, "the web address the site is published at");
        address.filter(text -> !Addresses.isWebAddress(text)).ifPresent(text -> problems.add(Problem.error(
                "site.bad-address", site.get("address").orElseThrow().location(),
                "'" + text + "' is not a well-formed web address",
                "write the whole address the site's index.html is published under, such as"
                        + " https://example.org/guidance/, or leave 'address:' out")));
        return address.filter(Addresses::isWebAddress).map(text -> text.endsWith("/") ? text : text + "/");
    }

    private Checks readChecks(YamlValue yaml) {
        yaml.allowOnly(CHECKS_KEYS, problems);
        Optional<YamlValue> secure = yaml.get("secure_email").filter(value -> isMap(value, "'secure_email'"));
        secure.ifPresent(value -> value.allowOnly(SECURE_EMAIL_KEYS, problems));
        return new Checks(
                yaml.optionalInteger("verified_within_days", problems).orElse(Checks.DEFAULT_VERIFIED_WITHIN_DAYS),
                yaml.optionalInteger("review_due_soon_days", problems).orElse(Checks.DEFAULT_REVIEW_DUE_SOON_DAYS),
                secure.map(value -> secureEmailDomains(value, "domains")).orElse(List.of()),
                secure.map(value -> value.textList("roles", problems)).orElse(List.of()),
                secure.flatMap(value -> value.optionalText("source", problems, "the source that lists the domains"))
                        .orElse(""));
    }

    /**
     * Reads the shared sources.yaml, then each area's own, so that every file citing a source can be
     * checked against what it may cite. A short name is used once in the whole content, so that it
     * means the same document wherever it is cited.
     */
    private void readSources() {
        Map<String, Source> every = new LinkedHashMap<>();
        List<String> areaIds = areaFolders().map(area -> area.getFileName().toString()).toList();
        sharedSources = requiredFile("sources.yaml", "one entry per source document, keyed by its short name")
                .map(yaml -> readSourceEntries(yaml, Optional.empty(), areaIds, every))
                .orElse(Map.of());
        for (Path areaFolder : areaFolders().toList()) {
            String id = areaFolder.getFileName().toString();
            Path file = areaFolder.resolve("sources.yaml");
            if (Files.isRegularFile(file)) {
                YamlFiles.read(file, problems).filter(yaml -> isMap(yaml, "sources.yaml"))
                        .ifPresent(yaml -> areaSources.put(id, readSourceEntries(yaml, Optional.of(id), areaIds, every)));
            }
        }
        requireKnownSuccessors(sharedSources, sharedKnown());
        areaSources.forEach((id, own) -> requireKnownSuccessors(own, knownIn(id)));
    }

    /**
     * The entries of one sources.yaml: the shared one ({@code areaId} empty) or an area's own, whose
     * sources belong to that area.
     *
     * @param every the sources read so far, to which these are added, for short names used twice
     */
    private Map<String, Source> readSourceEntries(YamlValue yaml, Optional<String> areaId, List<String> areaIds,
            Map<String, Source> every) {
        Map<String, Source> sources = new LinkedHashMap<>();
        yaml.entries().forEach((id, entry) -> {
            if (!isMap(entry, "source '" + id + "'")) {
                return;
            }
            entry.allowOnly(SOURCE_KEYS, problems);
            requireKebabCase(id, entry.location(), "source");
            Source source = new Source(id,
                    entry.requireText("title", problems, "the document's title").orElse(id),
                    entry.requireText("publisher", problems, "who published it").orElse(""),
                    sourceArea(entry, areaId, areaIds),
                    entry.optionalText("version", problems, "the version or edition"),
                    entry.optionalText("published", problems, "when it was published, as the document says"),
                    webAddress(entry, "address"),
                    entry.optionalDate("review_due", problems),
                    entry.optionalText("superseded_by", problems, "what replaced it"),
                    entry.textList("supersedes", problems),
                    entry.optionalDate("checked", problems),
                    entry.optionalText("kept_because", problems, "why the guidance still relies on it"),
                    entry.requireText("summary", problems, "what the document covers").orElse(""),
                    entry.location());
            Source earlier = every.putIfAbsent(id, source);
            if (earlier != null) {
                problems.add(Problem.error("source.duplicate-id", entry.location(),
                        "source '" + id + "' is already listed at " + earlier.location().format(folder.getParent()),
                        "cite that entry and remove this one, or, if they are different documents, give this one"
                                + " another short name"));
                return;
            }
            sources.put(id, source);
        });
        return sources;
    }

    /**
     * The area a source is about. In the shared sources.yaml, {@code area:} only says which area the
     * document is about, for maintainers, and every page may still cite it (a shared page does, in that
     * area's passage); it must name an area that exists. An area's own source belongs to that area.
     */
    private Optional<String> sourceArea(YamlValue entry, Optional<String> areaId, List<String> areaIds) {
        Optional<String> named = entry.optionalText("area", problems, "the id of the area it is about");
        Location at = entry.get("area").map(YamlValue::location).orElse(entry.location());
        if (areaId.isPresent()) {
            named.filter(other -> !other.equals(areaId.get())).ifPresent(other -> problems.add(Problem.error(
                    "source.area", at, "a source in content/areas/" + areaId.get() + "/sources.yaml says it is about"
                            + " area '" + other + "'",
                    "remove 'area:': a source here belongs to area '" + areaId.get() + "' alone; move it to"
                            + " content/sources.yaml (or content/areas/" + other + "/sources.yaml) if it is about '"
                            + other + "'")));
            return areaId;
        }
        named.filter(other -> !areaIds.contains(other)).ifPresent(other -> problems.add(Problem.error(
                "source.area", at, "'area' is '" + other + "', which is not an area",
                "write the id of the area the document is about (" + String.join(", ", areaIds)
                        + ": the folders under content/areas/), or remove 'area:'")));
        return named;
    }

    /** Every short name in {@code supersedes} and {@code superseded_by} names a source these may cite. */
    private void requireKnownSuccessors(Map<String, Source> sources, KnownSources known) {
        sources.values().forEach(source -> {
            source.supersedes().forEach(replaced -> known.require(replaced, source.location(), problems));
            source.supersededById().ifPresent(successor -> known.require(successor, source.location(), problems));
        });
    }

    /** Who confirmed a contact with the service, when and how: all three, or it proves nothing. */
    private Optional<Confirmation> readConfirmation(YamlValue yaml) {
        yaml.allowOnly(CONFIRMED_KEYS, problems);
        Optional<java.time.LocalDate> on = yaml.requireDate("on", problems);
        Optional<String> by = yaml.requireText("by", problems, "who confirmed the details with the service");
        Optional<String> how = yaml.requireText("how", problems,
                "how: a call to the service, or the service's own web page you read, with its address");
        if (on.isEmpty() || by.isEmpty() || how.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Confirmation(on.get(), by.get(), how.get()));
    }

    /** An optional web address of a source, which readers follow, so it must be whole. */
    private Optional<String> webAddress(YamlValue entry, String key) {
        Optional<String> address = entry.optionalText(key, problems, "the web address it is published at");
        address.filter(text -> !Addresses.isWebAddress(text)).ifPresent(text -> problems.add(Problem.error(
                "source.address", entry.get(key).orElseThrow().location(),
                "'" + text + "' is not a well-formed web address",
                "copy the whole address from the publisher's page, starting https://")));
        return address.filter(Addresses::isWebAddress);
    }

    private ContactList readContacts(YamlValue yaml, KnownSources sources) {
        yaml.allowOnly(List.of("contacts"), problems);
        return readContactList(yaml, sources);
    }

    /** The contacts of one file, and those of its entries that have an error, so that only it is reported. */
    private record ContactList(List<Contact> contacts, UnreadContacts unread) {}

    private ContactList readContactList(YamlValue holder, KnownSources sources) {
        List<Contact> contacts = new ArrayList<>();
        UnreadContacts unread = UnreadContacts.NONE;
        Optional<YamlValue> list = holder.get("contacts");
        if (list.isPresent() && !list.get().isList()) {
            problems.add(Problem.error("yaml.not-list", list.get().location(), "'contacts' should be a list",
                    "start each contact with '- id: ...'"));
            unread = UnreadContacts.ANY;
        }
        if (holder.givesTwice("contacts")) {
            // the contacts of every list but the first are not read; the duplicate key is reported
            unread = UnreadContacts.ANY;
        }
        for (YamlValue item : list.map(YamlValue::items).orElse(List.of())) {
            long errors = problems.errorCount();
            readContact(item, sources).ifPresent(contacts::add);
            if (problems.errorCount() > errors || item.hasDuplicateKey()) {
                unread = unread.and(UnreadContacts.entry(item));
            }
        }
        return new ContactList(contacts, unread);
    }

    private Optional<Contact> readContact(YamlValue yaml, KnownSources sources) {
        if (!isMap(yaml, "a contact")) {
            return Optional.empty();
        }
        yaml.allowOnly(CONTACT_KEYS, problems);
        Optional<String> id = yaml.requireText("id", problems, "a kebab-case name for the contact");
        id.ifPresent(value -> requireKebabCase(value, yaml.location(), "contact"));
        List<String> roles = yaml.textList("roles", problems);
        roles.forEach(role -> requireKebabCase(role, yaml.location(), "role"));
        Optional<String> organisation = yaml.requireText("organisation", problems, "the organisation's name");
        Optional<String> source = yaml.requireText("source", problems, "the short name of the document it came from");
        source.ifPresent(value -> sources.require(value, yaml.get("source").orElseThrow().location(), problems));
        Optional<Confirmation> confirmed = yaml.get("confirmed").filter(value -> isMap(value, "'confirmed'"))
                .flatMap(this::readConfirmation);
        List<Phone> phones = new ArrayList<>();
        yaml.get("phones").ifPresent(list -> list.items().forEach(phone -> {
            if (isMap(phone, "a phone")) {
                phone.allowOnly(PHONE_KEYS, problems);
                phone.requireText("number", problems, "the number as dialled in the UK").ifPresent(number -> {
                    Phone read = new Phone(number, phone.optionalText("hours", problems, "when it is answered"),
                            phone.optionalText("label", problems, "what this number is for"));
                    if (read.isDiallableInTheUk()) {
                        phones.add(read);
                        read.ukFormat().filter(format -> !format.equals(number)).ifPresent(format -> problems.add(
                                Problem.warning("contact.phone-format", phone.get("number").orElseThrow().location(),
                                        "'" + number + "' is not written the way UK numbers are grouped",
                                        "write it as '" + format + "', so every number on the site reads alike")));
                    } else {
                        problems.add(Problem.error("contact.invalid-phone", phone.get("number").orElseThrow().location(),
                                "'" + number + "' is not a phone number anyone in the UK can dial",
                                "check it against its source; if no source gives a number that works, leave it out"
                                        + " and say why in the contact's notes"));
                    }
                });
            }
        }));
        Optional<String> email = yaml.optionalText("email", problems, "an e-mail address");
        email.filter(address -> !Addresses.isEmail(address)).ifPresent(address -> problems.add(
                Problem.error("contact.email", yaml.get("email").orElseThrow().location(),
                        "'" + address + "' is not a well-formed e-mail address",
                        "copy the address exactly from the source, as name@domain")));
        Optional<String> website = yaml.optionalText("website", problems, "a web address");
        website.filter(address -> !Addresses.isWebAddress(address)).ifPresent(address -> problems.add(
                Problem.error("contact.website", yaml.get("website").orElseThrow().location(),
                        "'" + address + "' is not a well-formed web address",
                        "write the whole address, starting https://")));
        if (id.isEmpty() || organisation.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contact(id.get(), roles, organisation.get(),
                yaml.optionalText("service", problems, "the service's name"),
                yaml.optionalText("purpose", problems, "when to use this contact"),
                phones,
                email,
                website,
                source.get(), confirmed,
                yaml.optionalText("notes", problems, "a note for maintainers"),
                yaml.location()));
    }

    private List<Area> readAreas(SiteInfo site, List<Contact> national) {
        Path areasFolder = folder.resolve("areas");
        List<Area> areas = new ArrayList<>();
        for (Path areaFolder : areaFolders().toList()) {
            String id = areaFolder.getFileName().toString();
            Path file = areaFolder.resolve("area.yaml");
            requireKebabCase(id, Location.of(areaFolder), "area");
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error("area.no-profile", Location.of(file), "area '" + id + "' has no area.yaml",
                        "add area.yaml with name, covers, board, police_force, order, summary and contacts"));
                continue;
            }
            YamlFiles.read(file, problems).filter(yaml -> isMap(yaml, "area.yaml")).ifPresent(yaml -> {
                yaml.allowOnly(AREA_KEYS, problems);
                ContactList contacts = readContactList(yaml, knownIn(id));
                requireUniqueContactIds(contacts.contacts(), national);
                areas.add(new Area(id,
                        yaml.requireText("name", problems, "the area's name").orElse(id),
                        yaml.requireText("covers", problems, "the local authority areas it covers").orElse(""),
                        yaml.requireText("board", problems, "the safeguarding board's name").orElse(""),
                        yaml.requireText("police_force", problems, "the police force's name").orElse(""),
                        yaml.optionalInteger("order", problems).orElse(100),
                        yaml.requireText("summary", problems, "one sentence shown when readers pick an area").orElse(""),
                        contacts.contacts(), contacts.unread(), areaFolder,
                        yaml.get("contacts").map(YamlValue::location).orElse(yaml.location()),
                        readAreaSite(yaml, site), areaSources.getOrDefault(id, Map.of())));
            });
        }
        if (areas.isEmpty() && Files.isDirectory(folder)) {
            problems.add(Problem.error("content.no-areas", Location.of(areasFolder), "there is no area to publish",
                    "add a folder areas/<id>/ with an area.yaml"));
        }
        areas.sort(java.util.Comparator.comparingInt(Area::order).thenComparing(Area::id));
        return areas;
    }

    /**
     * The site as the area's readers see it: site.yaml's, with what area.yaml sets in its place. A
     * setting written with no value is a blank left to fill in, not a wish for the default.
     */
    private SiteInfo readAreaSite(YamlValue yaml, SiteInfo site) {
        requireValueIfWritten(yaml, "title", "the site's title for this area's readers",
                "site.yaml's, '" + site.title() + "'");
        requireValueIfWritten(yaml, "exit_page", "the web address 'Exit this page' leads to in this area",
                "site.yaml's, " + site.exitPage());
        requireValueIfWritten(yaml, "secure_email_domains", "the domains, such as [nhs.net], that count as secure for"
                + " this area's contacts as well as site.yaml's", "site.yaml's alone ("
                + (site.checks().secureEmailDomains().isEmpty() ? "none"
                        : String.join(", ", site.checks().secureEmailDomains())) + ")");
        return site.forArea(yaml.optionalText("title", problems, "the site's title for this area's readers"),
                exitPage(yaml, "site.yaml's, " + site.exitPage()),
                secureEmailDomains(yaml, "secure_email_domains"));
    }

    private void requireValueIfWritten(YamlValue yaml, String key, String meaning, String otherwise) {
        if (yaml.entries().containsKey(key) && yaml.get(key).isEmpty()) {
            problems.add(Problem.error("area.empty-setting", yaml.keys().get(key).location(), "'" + key + "' is empty",
                    "write " + meaning + ", or delete the line to use " + otherwise));
        }
    }

    /**
     * Where 'Exit this page' leads, from site.yaml or an area.yaml. Only a whole https:// address: the
     * reader leaving in haste must land on the page itself, not on a browser's warning about it.
     *
     * @param otherwise what is used when the key is left out, for the message
     */
    private Optional<String> exitPage(YamlValue yaml, String otherwise) {
        Optional<String> page = yaml.optionalText("exit_page", problems, "the web address 'Exit this page' leads to");
        page.filter(address -> !Addresses.isSecureWebAddress(address)).ifPresent(address -> problems.add(
                Problem.error("site.bad-exit-page", yaml.get("exit_page").orElseThrow().location(),
                        "'" + address + "' is not a whole web address starting https://",
                        "give the whole address of a neutral page that gives nothing away, such as "
                                + SiteInfo.DEFAULT_EXIT_PAGE + ", or delete the line to use " + otherwise)));
        return page.filter(Addresses::isSecureWebAddress);
    }

    /**
     * A list of secure e-mail domains, from site.yaml's {@code checks: secure_email:} or an area.yaml;
     * a web address or an e-mail address given for a domain would never match, so it is refused.
     */
    private List<String> secureEmailDomains(YamlValue holder, String key) {
        List<String> domains = holder.textList(key, problems);
        holder.get(key).filter(value -> !value.isMap()).map(YamlValue::itemsOrSelf).orElse(List.of())
                .forEach(item -> item.text().filter(domain -> !Addresses.isDomain(domain)).ifPresent(domain -> {
                    String bare = domain.replaceFirst("^[A-Za-z]+://", "").replaceFirst("^.*@", "")
                            .replaceFirst("/.*$", "");
                    problems.add(Problem.error("site.bad-email-domain", item.location(),
                            "'" + domain + "' is not a domain name",
                            Addresses.isDomain(bare)
                                    ? "write '" + bare + "': the domain alone, as an e-mail address has it after its @"
                                    : "write the domain alone, as an e-mail address has it after its @, such as"
                                            + " nhs.net"));
                }));
        return domains.stream().filter(Addresses::isDomain).toList();
    }

    private void requireUniqueContactIds(List<Contact> area, List<Contact> national) {
        Map<String, Contact> seen = new HashMap<>();
        national.forEach(contact -> seen.putIfAbsent(contact.id(), contact));
        for (Contact contact : area) {
            Contact earlier = seen.putIfAbsent(contact.id(), contact);
            if (earlier != null) {
                problems.add(Problem.error("contact.duplicate-id", contact.location(),
                        "contact id '" + contact.id() + "' is already used at " + earlier.location().format(folder.getParent()),
                        "give each contact its own id"));
            }
        }
    }

    private Map<String, Page> readPages(Path pagesFolder, KnownSources sources) {
        Map<String, Page> pages = new TreeMap<>();
        if (!Files.isDirectory(pagesFolder)) {
            return pages;
        }
        Object sourcesKey = memo.canonical("sources", sources.key());
        for (Path file : InputFiles.walk(pagesFolder, problems)) {
            String path = pagesFolder.relativize(file).toString().replace('\\', '/');
            if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
                continue;
            }
            if (!path.endsWith(".md")) {
                problems.add(Problem.error("page.file-extension", Location.of(file), "a page's file name ends in '"
                        + path.substring(path.length() - 3) + "', so the build would not read it",
                        "rename it to end in '.md', in lower case"));
                continue;
            }
            requireWebSafeName(path, file);
            InputFiles.readText(file, problems).flatMap(text -> memo.reuse("page file",
                    List.of(path, file, text, sourcesKey), found -> {
                        FillInBlocks.check(file, text, found);
                        return FrontMatter.read(path, file, text, sources, found);
                    }, problems)).ifPresentOrElse(page -> pages.put(path, page), () -> {
                        unreadablePages.add(path);
                        unreadableFiles.add(file);
                    });
        }
        return pages;
    }

    /**
     * A page's path is its web address: a space must be encoded in every link, a capital letter finds
     * the page on Windows but not on the web server, and an accented letter may be spelt two ways.
     */
    private void requireWebSafeName(String path, Path file) {
        if (!PAGE_PATH.matcher(path).matches()) {
            String suggested = Normalizer.normalize(path, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/.]+", "-");
            problems.add(Problem.error("page.file-name", Location.of(file), "the page's path '" + path
                    + "' has a character other than lower-case letters, digits and hyphens, and is the page's web"
                    + " address", "rename it, such as to '" + suggested + "', and change the links to it"));
        }
    }

    private void requireKnownSources(DecisionTable table, KnownSources sources) {
        table.sources().forEach(source -> sources.require(source, table.location(), problems));
        table.rules().forEach(rule -> sources.require(rule.source(), rule.location(), problems));
        table.examples().forEach(example -> sources.require(example.source(), example.location(), problems));
    }

    private void requireKebabCase(String id, Location at, String what) {
        if (!KEBAB_CASE.matcher(id).matches()) {
            problems.add(Problem.error("id.not-kebab-case", at, what + " id '" + id + "' is not kebab-case",
                    "use lower-case letters, digits and hyphens, such as 'north-somerset'"));
        }
    }

    /** The folders under areas/, one per area. */
    private Stream<Path> areaFolders() {
        return list(folder.resolve("areas")).filter(area -> Files.isDirectory(area, LinkOption.NOFOLLOW_LINKS));
    }

    private static Stream<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
