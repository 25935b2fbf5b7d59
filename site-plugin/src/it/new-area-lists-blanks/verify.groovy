// policy:new-area writes the area's two files; asked again, it refuses and changes nothing; then
// policy:check lists the new area's blanks, each at its line, and the site is left as it was.
import java.nio.file.*

def area = basedir.toPath().resolve('content/areas/new-area')
assert Files.readString(area.resolve('area.yaml')).startsWith('# The profile of the guidance for New Area.')
assert Files.exists(area.resolve('pages/index.md'))
assert Files.list(area).count() == 2
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote content/areas/new-area/area.yaml and content/areas/new-area/pages/index.md')
assert log =~ /No area written: \S+new-area already exists/
assert log =~ /\[ERROR\] content\/areas\/new-area\/area\.yaml:\d+:1: 'covers' is blank — fill in /
assert log =~ /\[ERROR\] content\/areas\/new-area\/pages\/index\.md:\d+: this part of the page is still to be filled in: .*\[page\.blank\]/
assert Files.readString(basedir.toPath().resolve('target/site/index.html')) == 'the previous site'
return true
