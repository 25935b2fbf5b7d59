evaluate(new File(itSources, 'copy-real-content.groovy'))
def page = new File(basedir, 'content/pages/incidents/index.md')
page.text = page.text + '\nSee [the missing page](nowhere.md).\n'
new File(basedir, 'expected-line.txt').text = String.valueOf(page.readLines().size())
return true
