// policy:check reports a placeholder that does not resolve, once per area, and writes nothing.
import java.nio.file.*

def log = new File(basedir, 'build.log').text
// the areas are the folders of the copied content, so a new area is checked the same way
def areas = Files.list(basedir.toPath().resolve('content/areas')).filter { Files.isDirectory(it) }
        .collect { it.fileName.toString() }.sort()
assert !areas.isEmpty()
areas.each { area ->
    assert log.contains("placeholder {{contact.no-such-contact.phone}} has no value in area '${area}'")
}
assert log =~ /\[ERROR\] content\/pages\/incidents\/index\.md:\d+: placeholder/
assert Files.readString(basedir.toPath().resolve('target/site/index.html')) == 'the previous site'
assert Files.list(basedir.toPath().resolve('target/site')).count() == 1
return true
