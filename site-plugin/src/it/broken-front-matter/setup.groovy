evaluate(new File(itSources, 'copy-real-content.groovy'))
// line 3 of the page becomes YAML that does not parse
def page = new File(basedir, 'content/pages/incidents/call-999-or-101.md')
def lines = page.readLines()
lines[2] = 'summary: [an unclosed list'
page.text = lines.join('\n') + '\n'
return true
