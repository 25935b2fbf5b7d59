package io.github.schoolsafeguarding.policy.override;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.SharedVersion;
import io.github.schoolsafeguarding.policy.yaml.Spelling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an area changes from the shared guidance: the shared pages it replaces with its own copy
 * (at the same path under {@code content/areas/<id>/pages/}) and the pages only it has. A copy records
 * the version of the shared page it was made from ({@link SharedVersion}), so that a fix to the shared
 * page does not pass the area by unnoticed.
 *
 * @param overridden the area's copies of shared pages, by path
 * @param ownPages the area's pages that replace no shared page, by path
 */
public record Overrides(Area area, List<OverriddenPage> overridden, List<Page> ownPages) {

    /** The area's copies and own pages, as the content stands. */
    public static Overrides of(Content content, Area area) {
        List<OverriddenPage> overridden = new ArrayList<>();
        List<Page> own = new ArrayList<>();
        for (Page page : content.areaPages().getOrDefault(area.id(), Map.of()).values()) {
            Page shared = content.sharedPages().get(page.path());
            if (shared == null) {
                own.add(page);
            } else {
                overridden.add(new OverriddenPage(area, page, shared, status(page, shared)));
            }
        }
        return new Overrides(area, List.copyOf(overridden), List.copyOf(own));
    }

    private static OverriddenPage.Status status(Page copy, Page shared) {
        return copy.meta().overrides()
                .map(version -> version.sha256().equals(PageHash.of(shared.file())) ? OverriddenPage.Status.UP_TO_DATE
                        : OverriddenPage.Status.STALE)
                .orElse(OverriddenPage.Status.UNRECORDED);
    }

    public long count(OverriddenPage.Status status) {
        return overridden.stream().filter(page -> page.status() == status).count();
    }

    /**
     * Warns of every copy in {@code areas} made from a shared page that has changed since, or that
     * does not say which version it was made from; a record that names the wrong page, or stands on
     * a shared page, is an error.
     */
    public static void check(Content content, List<Area> areas, Problems problems) {
        Path base = content.folder().getParent();
        content.sharedPages().values().forEach(page -> page.meta().overrides().ifPresent(version ->
                problems.add(Problem.error("override.bad-record", version.location(),
                        "a shared page records that it overrides '" + version.page() + "', but only an area's page"
                                + " can replace a shared one",
                        "remove 'overrides:' from this page"))));
        for (Area area : areas) {
            Overrides overrides = of(content, area);
            overrides.overridden().forEach(page -> checkCopy(page, base, problems));
            overrides.ownPages().forEach(page -> page.meta().overrides().ifPresent(version -> problems.add(
                    Problem.warning("override.no-shared-page", version.location(),
                            "this page records that it is a copy of the shared page '" + version.page()
                                    + "', but there is no shared page '" + page.path() + "' for it to replace",
                            "if the shared page moved, move this copy to its new path under "
                                    + shown(area.pagesFolder(), base) + "/; if the page is now " + area.id()
                                    + "'s own, remove 'overrides:'"))));
        }
    }

    private static void checkCopy(OverriddenPage page, Path base, Problems problems) {
        String area = page.area().id();
        String shared = shown(page.shared().file(), base);
        Optional<SharedVersion> version = page.copy().meta().overrides();
        version.filter(recorded -> !recorded.page().equals(page.path())).ifPresent(recorded -> problems.add(
                Problem.error("override.bad-record", recorded.location(),
                        "this copy records that it was made from '" + recorded.page() + "', but it replaces the shared"
                                + " page '" + page.path() + "', the one at the same path",
                        "write 'page: " + page.path() + "' and check the copy against " + shared)));
        switch (page.status()) {
            case STALE -> problems.add(Problem.warning("override.stale", version.orElseThrow().location(),
                    "the shared page " + shared + " has changed since " + area + "'s copy of it was made",
                    "see how the copy differs from it now with '" + Commands.diff(area, page.path()) + "' (or 'diff -u "
                            + shared + " " + shown(page.copy().file(), base) + "'), and what changed with 'git log -p -- "
                            + shared + "'; bring the change into the copy where it applies, then mark the copy up to"
                            + " date with '" + Commands.markUpToDate(area, page.path()) + "'"));
            case UNRECORDED -> problems.add(Problem.warning("override.unrecorded", Location.of(page.copy().file(), 1),
                    "this page replaces the shared page " + shared + " in " + area + " but does not record which"
                            + " version of it it was copied from, so no build can warn when the shared page changes",
                    "compare them with '" + Commands.diff(area, page.path()) + "', bring in any shared change the copy"
                            + " lacks, then record the shared page's version with '"
                            + Commands.markUpToDate(area, page.path()) + "'"));
            case UP_TO_DATE -> { }
        }
    }

    /** Area {@code id}, or why there is none, with the ones there are. */
    static Area area(Content content, String id) throws OverrideException {
        Optional<Area> area = content.area(id);
        if (area.isEmpty()) {
            throw new OverrideException("there is no area '" + id + "' (no " + shown(content.folder().resolve("areas")
                    .resolve(id).resolve("area.yaml"), content.folder().getParent()) + "): "
                    + Spelling.didYouMean(id, content.areas().stream().map(Area::id).toList(), "the areas are"));
        }
        return area.get();
    }

    /** A file as the maintainer types it: relative to the folder that holds the content folder. */
    static String shown(Path file, Path base) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
