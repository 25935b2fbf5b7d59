// `mvn site` publishes the real content for every area and replaces the previous site whole.
import java.nio.file.*

def site = basedir.toPath().resolve('target/site')
assert Files.readString(site.resolve('index.html')).contains('Choose your area')
['bedfordshire', 'london', 'north-somerset'].each { area ->
    assert Files.isRegularFile(site.resolve(area + '/index.html'))
    assert Files.isRegularFile(site.resolve(area + '/incidents/call-999-or-101.html'))
}
def log = new File(basedir, 'build.log').text
assert log =~ /Published \d+ pages for bedfordshire, london, north-somerset/
assert !Files.exists(basedir.toPath().resolve('target/site.previous'))
return true
