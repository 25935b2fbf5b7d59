// Shared by the build-level tests: a copy of the repository's real content and theme in the test
// project, and a previous site in target/site that a failed build must leave as it was.
import java.nio.file.*

def copyTree(Path from, Path to) {
    Files.walk(from).each { source ->
        def target = to.resolve(from.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}

def project = basedir.toPath()
def repository = Paths.get(repositoryRoot)
copyTree(repository.resolve('content'), project.resolve('content'))
copyTree(repository.resolve('theme'), project.resolve('theme'))
Files.createDirectories(project.resolve('target/site'))
Files.writeString(project.resolve('target/site/index.html'), 'the previous site')
return true
