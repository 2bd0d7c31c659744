# The conftest side of `npm run bench`: a representative subset of Meshplane's global rules (policies/global/),
# rewritten for conftest's conventions (package main, the manifest itself as `input`, string messages). Only rules
# that judge one manifest on its own are here; rules that need the whole mesh (teams, domains, lineage, lifecycle of
# upstream products) cannot be expressed on one file in conftest without extra data. See README.md beside this file.
package main

global_identifiers := {
	"listener", "artist", "track", "album", "playlist", "podcast", "podcast-episode", "partner",
	"subscription", "device", "country", "campaign", "session", "payment", "label",
	"play-session", "listener-session",
}

pii_columns(port) := {c.name | some c in port.schema; c.classification in {"pii", "sensitive-pii"}}

has_pii if {
	some port in input.spec.outputPorts
	count(pii_columns(port)) > 0
}

# global.docs.description
deny contains msg if {
	text := trim(object.get(input.spec, "description", ""), " \n\t")
	count(text) < 40
	msg := sprintf("%s: the description has %d characters; write at least 40", [input.metadata.id, count(text)])
}

# global.docs.readme
deny contains msg if {
	not input.spec.docs.readme
	msg := sprintf("%s: the product links no README", [input.metadata.id])
}

# global.docs.column-description
deny contains msg if {
	some port in input.spec.outputPorts
	some col in port.schema
	not col.identifier
	trim(object.get(col, "description", ""), " ") == ""
	msg := sprintf("%s: column `%s` of port `%s` has no description", [input.metadata.id, col.name, port.name])
}

# global.identifiers.registered
deny contains msg if {
	some port in input.spec.outputPorts
	some col in port.schema
	is_string(col.identifier)
	not col.identifier in global_identifiers
	msg := sprintf("%s: column `%s` declares the unknown identifier `%s`", [input.metadata.id, col.name, col.identifier])
}

# global.locality.declared
deny contains msg if {
	count(object.get(input, ["spec", "policies", "locality"], [])) == 0
	msg := sprintf("%s: the product declares no locality", [input.metadata.id])
}

# global.retention.declared
deny contains msg if {
	some port in input.spec.outputPorts
	not port.retention
	msg := sprintf("%s: output port `%s` declares no retention", [input.metadata.id, port.name])
}

# global.retention.bounded-personal-data
deny contains msg if {
	some port in input.spec.outputPorts
	count(pii_columns(port)) > 0
	port.retention == "infinite"
	msg := sprintf("%s: output port `%s` keeps personal data forever", [input.metadata.id, port.name])
}

# global.privacy.pii-classification
deny contains msg if {
	has_pii
	not input.spec.access.classification in {"confidential", "restricted"}
	msg := sprintf("%s: personal data classified `%s`", [input.metadata.id, input.spec.access.classification])
}

# global.privacy.encryption
deny contains msg if {
	has_pii
	object.get(input, ["spec", "policies", "encryption"], "none") == "none"
	msg := sprintf("%s: personal data without encryption", [input.metadata.id])
}

# global.access.personal-data-grant (purpose and expiry; the expiry is judged against the clock)
deny contains msg if {
	has_pii
	some consumer in object.get(input, ["spec", "access", "consumers"], [])
	grant_problem(consumer)
	msg := sprintf("%s: the grant to `%s` has no purpose, no expiry or has expired", [input.metadata.id, consumer.team])
}

grant_problem(consumer) if trim(object.get(consumer, "purpose", ""), " ") == ""

grant_problem(consumer) if not consumer.until

grant_problem(consumer) if consumer.until < substring(time.format(time.now_ns()), 0, 10)

# global.slos.present
deny contains msg if {
	some port in input.spec.outputPorts
	count(object.get(port, "slos", [])) == 0
	msg := sprintf("%s: output port `%s` has no SLO", [input.metadata.id, port.name])
}

# global.slos.freshness
deny contains msg if {
	some port in input.spec.outputPorts
	port.kind in {"table", "files"}
	count(object.get(port, "slos", [])) > 0
	not has_freshness(port)
	msg := sprintf("%s: output port `%s` has no freshness SLO", [input.metadata.id, port.name])
}

has_freshness(port) if {
	some slo in port.slos
	slo.type in {"freshness", "intervalOfChange"}
}

# global.slos.definition
deny contains msg if {
	some port in input.spec.outputPorts
	some slo in object.get(port, "slos", [])
	not threshold_ok(slo)
	msg := sprintf("%s: SLO `%s` of port `%s` has no valid threshold", [input.metadata.id, slo.name, port.name])
}

threshold_ok(slo) if {
	slo.type in {"freshness", "timeliness", "intervalOfChange"}
	regex.match(`^P(T)?[0-9]`, object.get(slo, "threshold", ""))
}

threshold_ok(slo) if {
	slo.type == "completeness"
	regex.match(`^[0-9]+(\.[0-9]+)?%$`, object.get(slo, "threshold", ""))
}

threshold_ok(slo) if {
	slo.type == "volume"
	some bound in ["min", "max"]
	is_number(object.get(slo, bound, null))
}

threshold_ok(slo) if slo.type in {"quality", "availability"}

# global.temporal.columns-exist
deny contains msg if {
	some port in input.spec.outputPorts
	some field in ["actualTime", "processingTime"]
	name := object.get(port, ["temporal", field], "")
	not name in {c.name | some c in port.schema}
	msg := sprintf("%s: port `%s` temporal.%s `%s` is not a column", [input.metadata.id, port.name, field, name])
}

# global.temporal.types
deny contains msg if {
	some port in input.spec.outputPorts
	some field, allowed in {"actualTime": ["timestamp", "date"], "processingTime": ["timestamp"]}
	some col in port.schema
	col.name == object.get(port, ["temporal", field], "")
	not col.type in allowed
	msg := sprintf("%s: port `%s` column `%s` holds the %s but is typed `%s`", [input.metadata.id, port.name, col.name, field, col.type])
}
