package io.github.schoolsafeguarding.policy.override;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's warnings about an area's copies of shared pages, each at the line to edit and with the command to run. */
class OverridesTest {

    private static final String CALL = "incidents/call.md";

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void writeFixture() {
        fixture = new ContentFixture(folder);
    }

    @Test
    void aCopyOfTheSharedPageAsItIsIsUpToDate() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);

        assertEquals(List.of(), problems());
        assertEquals(List.of(OverriddenPage.Status.UP_TO_DATE), statuses("north"));
    }

    @Test
    void aChangeToTheSharedPageMakesTheCopyStaleAtItsOverridesLine() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        fixture.write("content/pages/" + CALL, fixture.read("content/pages/" + CALL).replace("Call 999.", "Call 999 now."));

        assertEquals(List.of("content/areas/north/pages/incidents/call.md:2:1: warning: the shared page"
                + " content/pages/incidents/call.md has changed since north's copy of it was made — see how the copy"
                + " differs from it now with 'mvn -N policy:diff -Dpolicy.area=north -Dpolicy.page=incidents/call.md' (or"
                + " 'diff -u content/pages/incidents/call.md content/areas/north/pages/incidents/call.md'), and what"
                + " changed with 'git log -p -- content/pages/incidents/call.md'; bring the change into the copy where it"
                + " applies, then mark the copy up to date with 'mvn -N policy:override -Dpolicy.area=north"
                + " -Dpolicy.page=incidents/call.md -Dpolicy.refresh' [override.stale]"), problems());
        assertEquals(List.of(OverriddenPage.Status.STALE), statuses("north"));
    }

    @Test
    void aCopyThatRecordsNoVersionIsWarnedOfAtItsFirstLine() {
        fixture.write("content/areas/south/pages/" + CALL, fixture.read("content/pages/" + CALL));

        assertEquals(List.of("content/areas/south/pages/incidents/call.md:1: warning: this page replaces the shared page"
                + " content/pages/incidents/call.md in south but does not record which version of it it was copied"
                + " from, so no build can warn when the shared page changes — compare them with 'mvn -N policy:diff"
                + " -Dpolicy.area=south -Dpolicy.page=incidents/call.md', bring in any shared change the copy lacks,"
                + " then record the shared page's version with 'mvn -N policy:override -Dpolicy.area=south"
                + " -Dpolicy.page=incidents/call.md -Dpolicy.refresh' [override.unrecorded]"), problems());
        assertEquals(List.of(OverriddenPage.Status.UNRECORDED), statuses("south"));
    }

    @Test
    void onlyTheAreasBuiltAreChecked() {
        fixture.write("content/areas/south/pages/" + CALL, fixture.read("content/pages/" + CALL));
        Problems problems = new Problems();
        Content content = ContentReader.read(fixture.content, problems);

        Overrides.check(content, content.areas().subList(0, 1), problems);

        assertEquals(List.of(), problems.all());
    }

    @Test
    void aPageOfTheAreasOwnIsNoCopy() {
        fixture.page("areas/north/pages/incidents/local.md", "Local route", 20, "Ring the local team.\n");

        assertEquals(List.of(), problems());
        Overrides north = Overrides.of(read(), read().area("north").orElseThrow());
        assertEquals(List.of(), north.overridden());
        assertEquals(List.of("incidents/local.md"), north.ownPages().stream().map(page -> page.path()).toList());
    }

    @Test
    void aRecordNamingAnotherPageOrOnASharedPageOrWithNoSharedPageIsReported() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        String copy = fixture.read("content/areas/north/pages/" + CALL);
        fixture.write("content/areas/north/pages/" + CALL, copy.replace("page: incidents/call.md", "page: index.md"));
        fixture.write("content/areas/north/pages/incidents/moved.md", copy);
        fixture.write("content/pages/index.md", copy.replace("When to call", "Home"));

        assertEquals(List.of(
                "content/areas/north/pages/incidents/call.md:2:1: this copy records that it was made from 'index.md', but"
                        + " it replaces the shared page 'incidents/call.md', the one at the same path — write 'page:"
                        + " incidents/call.md' and check the copy against content/pages/incidents/call.md"
                        + " [override.bad-record]",
                "content/areas/north/pages/incidents/moved.md:2:1: warning: this page records that it is a copy of the"
                        + " shared page 'incidents/call.md', but there is no shared page 'incidents/moved.md' for it to"
                        + " replace — if the shared page moved, move this copy to its new path under"
                        + " content/areas/north/pages/; if the page is now north's own, remove 'overrides:'"
                        + " [override.no-shared-page]",
                "content/pages/index.md:2:1: a shared page records that it overrides 'incidents/call.md', but only an"
                        + " area's page can replace a shared one — remove 'overrides:' from this page"
                        + " [override.bad-record]"), problems());
    }

    @Test
    void aRecordWithoutAWholeHashIsAnErrorAtTheHash() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        fixture.write("content/areas/north/pages/" + CALL, fixture.read("content/areas/north/pages/" + CALL)
                .replaceAll("sha256: [0-9a-f]+", "sha256: abc"));
        Problems problems = new Problems();

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/areas/north/pages/incidents/call.md:4:11: 'sha256' should be the 64 hexadecimal"
                + " digits of the shared page's hash — write 'overrides: {page: <path under content/pages>, sha256:"
                + " <hash>}', or let 'mvn -N policy:override -Dpolicy.area=<id> -Dpolicy.page=<path> -Dpolicy.refresh'"
                + " write it [override.bad-record]"), problems.all().stream().map(this::line).toList());
    }

    private Content read() {
        return ContentReader.read(fixture.content, new Problems());
    }

    private List<OverriddenPage.Status> statuses(String area) {
        Content content = read();
        return Overrides.of(content, content.area(area).orElseThrow()).overridden().stream()
                .map(OverriddenPage::status).toList();
    }

    private List<String> problems() {
        Problems problems = new Problems();
        Content content = ContentReader.read(fixture.content, problems);
        Overrides.check(content, content.areas(), problems);
        return problems.all().stream().map(this::line).toList();
    }

    private String line(Problem problem) {
        return problem.report(folder);
    }
}
