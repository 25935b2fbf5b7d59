// A page whose front matter does not parse fails the build with file and line, and the previous
// site stays exactly as it was.
import java.nio.file.*

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] content\/pages\/incidents\/call-999-or-101\.md:\d+:\d+: this is not valid YAML/
assert log.contains('BUILD FAILURE')
// the pages that link to the broken one are not reported again as broken links
assert log.contains('1 error in the content: see the messages above')
def target = basedir.toPath().resolve('target')
assert Files.readString(target.resolve('site/index.html')) == 'the previous site'
assert Files.list(target).map { it.fileName.toString() }.filter { it.startsWith('site.') }.count() == 0
return true
