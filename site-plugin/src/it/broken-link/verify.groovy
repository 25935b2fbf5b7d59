// A link to a page that does not exist fails the build naming the page's file, line and column,
// and the previous site stays exactly as it was.
import java.nio.file.*

def line = new File(basedir, 'expected-line.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/pages/incidents/index.md:${line}:5: link to incidents/nowhere.md leads to no page")
assert log.contains('BUILD FAILURE')
assert Files.readString(basedir.toPath().resolve('target/site/index.html')) == 'the previous site'
return true
