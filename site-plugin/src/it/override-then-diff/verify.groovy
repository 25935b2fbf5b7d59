// The copy is the shared page with its version recorded first; the diff shows it; the refusal left it alone,
// and marking it up to date finds nothing to do.
import java.security.MessageDigest

def shared = new File(basedir, 'content/pages/incidents/call.md').text
def hash = MessageDigest.getInstance('SHA-256').digest(shared.getBytes('UTF-8')).encodeHex().toString()
def copy = new File(basedir, 'content/areas/north/pages/incidents/call.md').text
assert copy == "---\noverrides:\n  page: incidents/call.md\n  sha256: ${hash}\n" + shared.substring(4)
def log = new File(basedir, 'build.log').text
assert log.contains('Copied to content/areas/north/pages/incidents/call.md: edit the copy')
assert log.contains('North Shire (north) replaces 1 shared page with its own copy, has 0 pages of its own and adds 0 contacts.')
assert log.contains('+++ content/areas/north/pages/incidents/call.md')
assert log.contains('content/areas/north/pages/incidents/call.md already exists')
assert log.contains('content/areas/north/pages/incidents/call.md already records the shared page\'s current version')
return true
