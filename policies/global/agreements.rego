# METADATA
# title: Data sharing agreements
# description: >-
#   Data Mesh ch. 9 and 14 (data sharing agreements between consumers and a product's owners) and ch. 5 (G6 automated
#   access control, G15 data consent): access is agreed for a purpose, on a lawful basis for personal data, for a
#   bounded time, and never past the provider's own end. Each agreement of a product is judged with the product, in
#   `input.agreements` (its `name`, `file` and `spec`); results name the agreement they are about.
package meshplane.global.agreements

import data.meshplane.lib

# METADATA
# title: An agreement states its purpose
# description: >-
#   Data Mesh ch. 9: an agreement says what the consumer uses the data for, so owners can judge it and readers of the
#   catalog can see why the data flows there. Blank text is no purpose.
# custom:
#   id: global.agreements.purpose
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/purpose", "agreement": a.name} if {
	some a in agreements
	trim(object.get(a.spec, "purpose", ""), " \t\n") == ""
	msg := sprintf("Agreement `%s` states no purpose: say what %s uses the data for.", [a.name, a.spec.consumer.team])
}

# METADATA
# title: Personal data is shared on a lawful basis
# description: >-
#   GDPR Art. 6(1) and Data Mesh ch. 5 (G15): processing personal data needs a lawful basis. An agreement that shares
#   a column holding personal data names it in `legalBasis`.
# custom:
#   id: global.agreements.legal-basis
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec", "agreement": a.name} if {
	some a in agreements
	count(shared_pii(a)) > 0
	not a.spec.legalBasis
	cols := concat(", ", sort([c | some c in shared_pii(a)]))
	msg := sprintf("Agreement `%s` shares personal data (%s) but names no legal basis: set `legalBasis` (GDPR Art. 6(1)), or share fewer columns.", [a.name, cols])
}

# METADATA
# title: Agreements are bounded by the data's classification
# description: >-
#   Data Mesh ch. 5 (G6): the more sensitive the data, the shorter an agreement runs before its owners look at it
#   again. Personal data and restricted ports: at most one year; confidential: two years.
# custom:
#   id: global.agreements.max-duration
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/end", "agreement": a.name} if {
	some a in agreements
	limit := max_days(a)
	days := duration_days(a.spec.start, a.spec.end)
	days > limit.days
	msg := sprintf("Agreement `%s` runs %d days; agreements on %s run at most %d. End it sooner, and renew it then.", [a.name, days, limit.why, limit.days])
}

# METADATA
# title: No agreement outlives the product it shares
# description: >-
#   Data Mesh ch. 4 (life cycle): a deprecated product serves data until its sunset; an agreement past that date
#   promises what the provider will not serve.
# custom:
#   id: global.agreements.after-sunset
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/end", "agreement": a.name} if {
	some a in agreements
	sunset := input.product.metadata.sunset
	lib.date_before(sunset, a.spec.end)
	msg := sprintf("Agreement `%s` ends on %s, after `%s` stops serving data (sunset %s). End it by the sunset and move the consumer to the successor.", [a.name, a.spec.end, input.product.metadata.id, sunset])
}

# METADATA
# title: No agreement on a retired product
# description: >-
#   Data Mesh ch. 4 (life cycle): a retired product serves nothing; an agreement in force on it grants nothing and
#   misleads its consumer.
# custom:
#   id: global.agreements.after-retirement
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/end", "agreement": a.name} if {
	some a in agreements
	input.product.metadata.lifecycle == "retired"
	not lib.date_before(a.spec.end, input.now)
	msg := sprintf("Agreement `%s` is in force, but `%s` is retired. Remove the agreement.", [a.name, input.product.metadata.id])
}

# METADATA
# title: An ended agreement on personal data is removed or renewed
# description: >-
#   Data Mesh ch. 5 (G6, G15): personal data is shared for a limited time. Once an agreement has ended the platform has
#   revoked it; the file must go, or be renewed with its owners' approval, so the catalog never claims a share of
#   personal data that no one is accountable for.
# custom:
#   id: global.agreements.personal-data-ended
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/end", "agreement": a.name} if {
	some a in agreements
	count(shared_pii(a)) > 0
	lib.date_before(a.spec.end, input.now)
	msg := sprintf("Agreement `%s` on personal data ended on %s: the platform has revoked it. Renew it with a new end date or remove the file.", [a.name, a.spec.end])
}

# METADATA
# title: Ended agreements are removed or renewed
# description: >-
#   Data Mesh ch. 5 (G6): an agreement past its end grants nothing; left in the catalog it misleads its readers.
# custom:
#   id: global.agreements.ended
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/end", "agreement": a.name} if {
	some a in agreements
	count(shared_pii(a)) == 0
	lib.date_before(a.spec.end, input.now)
	msg := sprintf("Agreement `%s` ended on %s: the platform has revoked it. Renew it with a new end date or remove the file.", [a.name, a.spec.end])
}

# The product's agreements (none when the input has no `agreements`).
agreements := object.get(input, "agreements", [])

# The output port of the product named `name`.
port(name) := p if {
	some p in input.product.spec.outputPorts
	p.name == name
}

# The personal-data columns an agreement shares: of each shared port, the listed columns, those under the ceiling, or all.
shared_pii(a) := {c.name |
	some s in a.spec.provider.ports
	some c in port(s.name).schema
	c.classification in {"pii", "sensitive-pii"}
	shares_column(s, c)
}

shares_column(s, _) if {
	not s.columns
	not s.maxClassification
}

shares_column(s, c) if c.name in object.get(s, "columns", [])

# Personal data counts as restricted, its special categories above every level: only a ceiling of restricted shares
# personal data, and none shares special categories.
shares_column(s, c) if {
	s.maxClassification == "restricted"
	c.classification == "pii"
}

# The longest an agreement may run, and why; none for public and internal data without personal data.
max_days(a) := {"days": 365, "why": "personal data"} if {
	count(shared_pii(a)) > 0
} else := {"days": 365, "why": "restricted data"} if {
	input.product.spec.access.classification == "restricted"
} else := {"days": 730, "why": "confidential data"} if {
	input.product.spec.access.classification == "confidential"
}

# Whole days from one `YYYY-MM-DD` to another. Policies have no clock or calendar built-ins in WebAssembly, so the day
# number is counted from the civil date (days since 1970-01-01, proleptic Gregorian).
duration_days(from, to) := day_number(to) - day_number(from)

day_number(date) := n if {
	y := to_number(substring(date, 0, 4))
	m := to_number(substring(date, 5, 2))
	d := to_number(substring(date, 8, 2))
	year := y - january_shift(m)
	era := floor(year / 400)
	yoe := year - (era * 400)
	month := march_month(m)
	doy := (floor(((153 * month) + 2) / 5) + d) - 1
	doe := (((yoe * 365) + floor(yoe / 4)) - floor(yoe / 100)) + doy
	n := ((era * 146097) + doe) - 719468
}

# The calendar counts years from March, so that the leap day ends the year: January and February belong to the year
# before, and months are numbered from March (0) to February (11).
january_shift(m) := 1 if m <= 2

else := 0

march_month(m) := m + 9 if m <= 2

else := m - 3
