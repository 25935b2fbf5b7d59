// `mvn site` publishes the real content for every area and replaces the previous site whole.
import java.nio.file.*

def site = basedir.toPath().resolve('target/site')
assert Files.readString(site.resolve('index.html')).contains('Choose your area')
// the areas are the folders of the copied content, and every shared page is published in each
def content = basedir.toPath().resolve('content')
def areas = Files.list(content.resolve('areas')).filter { Files.isDirectory(it) }.collect { it.fileName.toString() }.sort()
def shared = Files.walk(content.resolve('pages')).filter { it.toString().endsWith('.md') }
        .collect { content.resolve('pages').relativize(it).toString().replaceAll(/\.md$/, '.html') }
assert !areas.isEmpty() && !shared.isEmpty()
areas.each { area ->
    assert Files.isRegularFile(site.resolve(area + '/index.html'))
    assert Files.size(site.resolve(area + '/handbook.pdf')) > 0: area + ' has no handbook'
    shared.each { page -> assert Files.isRegularFile(site.resolve(area + '/' + page)): area + '/' + page }
}
def log = new File(basedir, 'build.log').text
def published = (log =~ /Published \d+ pages for (.+?) to /)
assert published.find(): log
assert published.group(1).split(', ').toList().sort() == areas
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
