evaluate(new File(itSources, 'copy-real-content.groovy'))
