// policy:check and the build both print every rule the fixture breaks, each message with its file,
// line and rule id, exactly as the approved report has them; and the previous site is untouched.
import java.nio.file.*

def approved = Paths.get(repositoryRoot).resolve(
        'src/test/java/io/github/schoolsafeguarding/guidance/approved/EveryRuleBrokenTest.theFullReportIsAsApproved.approved.txt')
def expected = Files.readAllLines(approved).findAll { it.startsWith('ERROR ') || it.startsWith('WARNING ') }
assert expected.size() > 15
def log = new File(basedir, 'build.log').text
expected.each { line ->
    def level = line.startsWith('ERROR') ? 'ERROR' : 'WARNING'
    def message = line.substring(8)
    // once from policy:check, once from the build
    assert log.count("[${level}] ${message}") == 2: "not printed by both policy:check and the build: ${line}"
    assert message =~ /^content\/[^:]+:\d+/: "no path and line: ${line}"
}
assert log.count('BUILD FAILURE') == 2
assert Files.readString(basedir.toPath().resolve('target/site/index.html')) == 'the previous site'
assert Files.list(basedir.toPath().resolve('target/site')).count() == 1
return true
