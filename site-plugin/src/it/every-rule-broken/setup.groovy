// The fixture content is in this folder; the theme is the repository's own, and a previous site sits
// in target/site for the failed build to leave alone.
import java.nio.file.*

def project = basedir.toPath()
def theme = Paths.get(repositoryRoot).resolve('theme')
Files.walk(theme).each { source ->
    def target = project.resolve('theme').resolve(theme.relativize(source).toString())
    if (Files.isDirectory(source)) {
        Files.createDirectories(target)
    } else {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
    }
}
Files.createDirectories(project.resolve('target/site'))
Files.writeString(project.resolve('target/site/index.html'), 'the previous site')
return true
