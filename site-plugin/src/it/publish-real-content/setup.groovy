import java.nio.file.*

evaluate(new File(itSources, 'copy-real-content.groovy'))
// the repository's own Maven options (.mvn/jvm.config: a quiet log), so the log is a real build's
def mvn = basedir.toPath().resolve('.mvn')
Files.createDirectories(mvn)
Files.copy(Paths.get(repositoryRoot).resolve('.mvn/jvm.config'), mvn.resolve('jvm.config'), StandardCopyOption.REPLACE_EXISTING)
return true
