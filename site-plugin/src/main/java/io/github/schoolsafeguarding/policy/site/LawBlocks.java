package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.law.Law;
import io.github.schoolsafeguarding.policy.law.Legislation;
import io.github.schoolsafeguarding.policy.render.FencedBlocks;
import io.github.schoolsafeguarding.policy.render.Theme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shows, where each {@code law} block stands on the legislation page, the law's status in words
 * (the {@code law-status} template): in force, amended with what changed, or repealed with what
 * replaces it, and when its current text was last read.
 */
final class LawBlocks implements FencedBlocks {

    private final Legislation legislation;
    private final Theme theme;

    LawBlocks(Legislation legislation, Theme theme) {
        this.legislation = legislation;
        this.theme = theme;
    }

    @Override
    public Optional<String> render(String pagePath, String info, String body, Location at, Problems problems) {
        if (!info.equals("law")) {
            return Optional.empty();
        }
        if (!pagePath.equals(legislation.pagePath())) {
            problems.add(Problem.error("law.no-heading", at, "a law block belongs on the legislation page",
                    "move it under its act or section on the page laid out as 'legislation', and link to that"
                            + " heading from here"));
            return Optional.of("");
        }
        // a block that could not be read has had its problems reported already
        return Optional.of(legislation.lawAt(at).map(law -> theme.render("law-status", data(law), problems))
                .orElse(""));
    }

    /** A law as templates see it: {@code status} (a tag), {@code checked}, {@code changes}, {@code repeal}. */
    static Map<String, Object> data(Law law, Legislation legislation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", law.id());
        data.put("name", law.name());
        data.put("status", CurrencyTags.tag(law.status().label(), switch (law.status()) {
            case IN_FORCE -> "green";
            case AMENDED -> "blue";
            case REPEALED -> "red";
        }));
        data.put("text", law.text());
        law.checked().ifPresent(checked -> {
            data.put("checked", TemplateData.date(checked));
            data.put("checked_iso", checked.toString());
        });
        data.put("changes", TemplateData.block(law.changes().stream().map(change -> {
            Map<String, Object> item = new LinkedHashMap<>();
            change.date().ifPresent(date -> {
                item.put("date", TemplateData.date(date));
                item.put("date_iso", date.toString());
            });
            item.put("by", change.by());
            item.put("what", change.what());
            return item;
        }).toList()));
        law.repeal().ifPresent(repeal -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("on", TemplateData.date(repeal.on()));
            item.put("on_iso", repeal.on().toString());
            item.put("by", repeal.by());
            repeal.replacedBy().flatMap(legislation::law).ifPresent(replacement ->
                    item.put("replaced_by", Map.of("id", replacement.id(), "name", replacement.name())));
            data.put("repeal", item);
        });
        return data;
    }

    private Map<String, Object> data(Law law) {
        return data(law, legislation);
    }
}
