evaluate(new File(itSources, 'copy-real-content.groovy'))
def page = new File(basedir, 'content/pages/incidents/index.md')
page.text = page.text + '\nCall {{contact.no-such-contact.phone}}.\n'
return true
