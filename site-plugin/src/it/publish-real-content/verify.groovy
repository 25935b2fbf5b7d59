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
// a quiet log, as the project's .mvn/jvm.config makes it: no Dart Sass deprecations from GOV.UK
// Frontend, no colour codes under -B, and a few lines for a whole build
assert !log.contains('DEPRECATION WARNING'): log
assert !log.contains('govuk-frontend/dist'): log
assert !log.contains('\u001b['): 'ANSI escape codes under -B'
// the invoker's own lines about its scripts are not the build's
def lines = log.readLines().findAll { !(it =~ /^(Running|Finished) (pre|post)-build script/) }
assert lines.size() < 25: "${lines.size()} lines:\n${log}"
assert !Files.exists(basedir.toPath().resolve('target/site.previous'))
return true
