// policy:decide answers with one JSON object, and refuses an answer the table does not allow.
def json = new File(basedir, 'decision.json').text.trim()
assert json == '{"table":"sharing-nudes-referral","given":{"adult_involved":false,"coercion_or_blackmail":false,' +
        '"extreme_or_violent":false,"under_13":true,"immediate_risk_of_harm":false},' +
        '"outcome":{"action":"refer-police-and-social-care"},"rule":4}'
def log = new File(basedir, 'build.log').text
assert log.contains("'adult_involved' cannot be 'maybe' in table 'sharing-nudes-referral': give true or false")
return true
