package io.github.schoolsafeguarding.policy.law;

import io.github.schoolsafeguarding.policy.check.Addresses;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import io.github.schoolsafeguarding.policy.render.HeadingIds;
import io.github.schoolsafeguarding.policy.render.NodeText;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The laws on the legislation page (the page laid out as {@code legislation}) and the status each
 * one's {@code law} block gives it. Under every section heading, and under an act's heading where
 * the act has no sections listed, a block says whether the law is in force, amended or repealed,
 * where its current text was read and when:
 *
 * <pre>
 * ### Criminal Justice and Courts Act 2015, section 33
 * ```law
 * status: repealed
 * text: https://www.legislation.gov.uk/ukpga/2015/2/section/33
 * checked: 2026-12-04
 * repealed:
 *   on: 2024-01-31
 *   by: Online Safety Act 2023, section 190
 *   replaced_by: sexual-offences-act-2003-section-66b
 * ```
 * </pre>
 */
public final class Legislation {

    /** The layout of the page of acts and sections. */
    public static final String LAYOUT = "legislation";

    static final String BLOCK = "law";
    private static final List<String> KEYS = List.of("status", "text", "checked", "changes", "repealed", "names");
    private static final List<String> CHANGE_KEYS = List.of("date", "by", "what");
    private static final List<String> REPEAL_KEYS = List.of("on", "by", "replaced_by");
    /** "Sexual Offences Act 2003, section 15": the act, and the section as pages also write it. */
    private static final Pattern SECTION_HEADING = Pattern.compile("(.+ (?:Act|Regulations|Order) \\d{4}), section (\\S+)");

    private final String pagePath;
    private final List<Law> laws;

    private Legislation(String pagePath, List<Law> laws) {
        this.pagePath = pagePath;
        this.laws = List.copyOf(laws);
    }

    /** No legislation page: nothing to cite, so nothing can be cited as repealed. */
    public static Legislation none() {
        return new Legislation("", List.of());
    }

    /**
     * Reads the laws of the first page among {@code pages} laid out as {@link #LAYOUT}, reporting
     * a section without a status and a block that is not written correctly.
     */
    public static Legislation read(List<Page> pages, MarkdownRenderer markdown, Problems problems) {
        return pages.stream().filter(page -> page.meta().layout().filter(LAYOUT::equals).isPresent()).findFirst()
                .map(page -> new Legislation(page.path(),
                        PageFailure.building(page.file(), () -> new Reader(page, problems).read(markdown))))
                .orElseGet(Legislation::none);
    }

    /** The path of the legislation page, as links name it; empty when there is none. */
    public String pagePath() {
        return pagePath;
    }

    public List<Law> laws() {
        return laws;
    }

    public Optional<Law> law(String id) {
        return laws.stream().filter(law -> law.id().equals(id)).findFirst();
    }

    /** The law whose block opens at {@code at}, for showing its status where the block stands. */
    public Optional<Law> lawAt(Location at) {
        return laws.stream().filter(law -> law.location().equals(at)).findFirst();
    }

    /** Reads one legislation page: its headings in order, each with the block under it. */
    private static final class Reader {
        private final Page page;
        private final Problems problems;
        private final HeadingIds ids = new HeadingIds();

        Reader(Page page, Problems problems) {
            this.page = page;
            this.problems = problems;
        }

        List<Law> read(MarkdownRenderer markdown) {
            List<Node> nodes = new ArrayList<>();
            markdown.parse(page.body()).orElseGet(Document::new).accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    nodes.add(heading);
                }

                @Override
                public void visit(FencedCodeBlock block) {
                    if (BLOCK.equals(info(block))) {
                        nodes.add(block);
                    }
                }
            });
            List<Law> laws = new ArrayList<>();
            Map<Heading, String> headingIds = new LinkedHashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) instanceof Heading heading) {
                    headingIds.put(heading, ids.of(heading));
                    boolean hasBlock = i + 1 < nodes.size() && nodes.get(i + 1) instanceof FencedCodeBlock;
                    boolean hasSections = heading.getLevel() == 2 && i + 1 < nodes.size()
                            && nodes.get(i + 1) instanceof Heading next && next.getLevel() == 3;
                    if (!hasBlock && (heading.getLevel() == 3 || heading.getLevel() == 2 && !hasSections)) {
                        problems.add(Problem.error("law.no-status", at(heading),
                                "'" + NodeText.of(heading) + "' does not say whether it is still the law",
                                "read its current text on legislation.gov.uk and add a ```law block under the heading"
                                        + " with status (in-force, amended or repealed), text and checked"));
                    }
                } else if (nodes.get(i) instanceof FencedCodeBlock block) {
                    Node previous = i > 0 ? nodes.get(i - 1) : null;
                    if (previous instanceof Heading heading) {
                        law(block, headingIds.get(heading), NodeText.of(heading)).ifPresent(laws::add);
                    } else {
                        problems.add(Problem.error("law.no-heading", at(block),
                                "this law block stands under no act or section of its own",
                                "put each ```law block straight under the heading of the act or section it is about"));
                    }
                }
            }
            return laws;
        }

        private Optional<Law> law(FencedCodeBlock block, String id, String name) {
            Location at = at(block);
            Optional<YamlValue> parsed = YamlFiles.parse(page.file(), block.getLiteral(), at.line(), problems);
            if (parsed.isEmpty() || !parsed.get().isMap()) {
                if (parsed.isPresent()) {
                    problems.add(Problem.error("law.not-a-map", at, "a law block should be 'key: value' lines",
                            "give status, text and checked"));
                }
                return Optional.empty();
            }
            YamlValue yaml = parsed.get();
            yaml.allowOnly(KEYS, problems);
            Optional<Law.Status> status = yaml.requireText("status", problems, "in-force, amended or repealed")
                    .flatMap(value -> status(value, yaml));
            Optional<String> text = yaml.requireText("text", problems, "the address of its current text on legislation.gov.uk");
            text.filter(address -> !Addresses.isWebAddress(address)).ifPresent(address -> problems.add(Problem.error(
                    "law.text", yaml.get("text").orElseThrow().location(), "'" + address + "' is not a web address",
                    "give the address of the law's current text, such as https://www.legislation.gov.uk/ukpga/2003/42/section/15")));
            Optional<LocalDate> checked = yaml.optionalDate("checked", problems);
            List<Law.Change> changes = yaml.get("changes").map(list -> list.items().stream()
                    .map(this::change).flatMap(Optional::stream).toList()).orElse(List.of());
            Optional<Law.Repeal> repeal = yaml.get("repealed").flatMap(this::repeal);
            List<String> names = new ArrayList<>(namesOf(name));
            names.addAll(yaml.textList("names", problems));
            if (status.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            if (status.get() == Law.Status.AMENDED && changes.isEmpty()) {
                problems.add(Problem.error("law.amended-without-changes", at,
                        "'" + name + "' is marked amended, but the block does not say what changed",
                        "add 'changes:' with each change's date, the provision that made it (by) and what changed"));
            }
            if (status.get() == Law.Status.REPEALED && repeal.isEmpty()) {
                problems.add(Problem.error("law.repealed-without-details", at,
                        "'" + name + "' is marked repealed, but the block does not say when or by what",
                        "add 'repealed:' with on (the date), by (the repealing provision) and, if something replaces"
                                + " it, replaced_by (that law's heading id on this page)"));
            }
            return Optional.of(new Law(id, name, status.get(), text.get(), checked, changes, repeal,
                    List.copyOf(names), at));
        }

        private Optional<Law.Status> status(String value, YamlValue yaml) {
            for (Law.Status status : Law.Status.values()) {
                if (status.id().equals(value)) {
                    return Optional.of(status);
                }
            }
            problems.add(Problem.error("law.status", yaml.get("status").orElseThrow().location(),
                    "'" + value + "' is not a status a law can have", "write in-force, amended or repealed"));
            return Optional.empty();
        }

        private Optional<Law.Change> change(YamlValue yaml) {
            if (!yaml.isMap()) {
                problems.add(Problem.error("law.change", yaml.location(), "a change should be 'key: value' lines",
                        "give date, by and what"));
                return Optional.empty();
            }
            yaml.allowOnly(CHANGE_KEYS, problems);
            Optional<String> by = yaml.requireText("by", problems, "the provision that made the change");
            Optional<String> what = yaml.requireText("what", problems, "what changed, in a sentence");
            Optional<LocalDate> date = yaml.optionalDate("date", problems);
            return by.isPresent() && what.isPresent() ? Optional.of(new Law.Change(date, by.get(), what.get()))
                    : Optional.empty();
        }

        private Optional<Law.Repeal> repeal(YamlValue yaml) {
            if (!yaml.isMap()) {
                problems.add(Problem.error("law.repealed-without-details", yaml.location(),
                        "'repealed' should be 'key: value' lines", "give on, by and replaced_by"));
                return Optional.empty();
            }
            yaml.allowOnly(REPEAL_KEYS, problems);
            Optional<LocalDate> on = yaml.requireDate("on", problems);
            Optional<String> by = yaml.requireText("by", problems, "the provision that repealed it");
            Optional<String> replacedBy = yaml.optionalText("replaced_by", problems, "the heading id of what replaces it");
            return on.isPresent() && by.isPresent() ? Optional.of(new Law.Repeal(on.get(), by.get(), replacedBy))
                    : Optional.empty();
        }

        private Location at(Node node) {
            return MarkdownRenderer.locationOf(node, page.file(), page.bodyLine());
        }
    }

    /**
     * The forms in which pages name a law: "Sexual Offences Act 2003, section 15" is also "section 15
     * of the Sexual Offences Act 2003"; an act's own heading is its name.
     */
    static List<String> namesOf(String heading) {
        Matcher section = SECTION_HEADING.matcher(heading);
        if (section.matches()) {
            return List.of(heading, "section " + section.group(2) + " of the " + section.group(1));
        }
        return List.of(heading);
    }

    private static String info(FencedCodeBlock block) {
        return block.getInfo() == null ? "" : block.getInfo().strip();
    }
}
