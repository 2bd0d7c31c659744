# METADATA
# title: Access grants
# description: >-
#   Data Mesh ch. 5 (G6 automated access control: how access is granted, revoked and verified, decided globally and
#   enforced locally) and ch. 14 (access control policies are part of every product). Grants to teams outside the
#   lineage name a real team, a purpose and, for personal data, an expiry.
package meshplane.global.access

import data.meshplane.lib

# METADATA
# title: Consumers are teams of the mesh
# description: >-
#   Data Mesh ch. 5 (G6, G20 identity standard for data users): access is granted to identities the platform can
#   verify. A consumer team that is not defined in catalog/teams/ cannot be resolved to people and cannot be revoked.
# custom:
#   id: global.access.consumer-team
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some k, consumer in object.get(input.product, ["spec", "access", "consumers"], [])
	not data.mesh.teams[consumer.team]
	ptr := sprintf("/spec/access/consumers/%d/team", [k])
	msg := sprintf("Consumer `%s` is not a team of the mesh. Name a team from catalog/teams/ (or add the team there first).", [consumer.team])
}

# METADATA
# title: Grants on personal data have a purpose and a future expiry
# description: >-
#   Data Mesh ch. 5 (G6 access control, G15 data consent): personal data is shared for a stated purpose and for a
#   limited time, so grants are revoked automatically. Every consumer of a product with personal data names a purpose
#   and an `until` date that has not passed.
# custom:
#   id: global.access.personal-data-grant
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	lib.has_pii(input.product)
	some k, consumer in object.get(input.product, ["spec", "access", "consumers"], [])
	some problem in grant_problems(consumer)
	ptr := lib.key_pointer(consumer, sprintf("/spec/access/consumers/%d", [k]), problem.key)
	msg := sprintf("The grant to `%s` on personal data %s.", [consumer.team, problem.text])
}

grant_problems(consumer) := {p |
	some p in [
		{"key": "purpose", "text": "has no purpose: say what the team uses the data for"},
		{"key": "until", "text": "has no expiry: add an `until` date, at most the end of the agreed use"},
		{"key": "until", "text": sprintf("expired on %s: renew it with a new `until` date or remove the grant", [object.get(consumer, "until", "")])},
	]
	grant_problem_applies(consumer, p.text)
}

grant_problem_applies(consumer, text) if {
	startswith(text, "has no purpose")
	trim(object.get(consumer, "purpose", ""), " ") == ""
}

grant_problem_applies(consumer, text) if {
	startswith(text, "has no expiry")
	not consumer.until
}

grant_problem_applies(consumer, text) if {
	startswith(text, "expired")
	lib.date_before(consumer.until, input.now)
}

# METADATA
# title: Expired grants are renewed or removed
# description: >-
#   Data Mesh ch. 5 (G6: access is granted, revoked and verified automatically): a grant whose `until` date has passed
#   is no longer honoured by the platform and misleads readers of the catalog.
# custom:
#   id: global.access.grant-expired
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	not lib.has_pii(input.product)
	some k, consumer in object.get(input.product, ["spec", "access", "consumers"], [])
	lib.date_before(consumer.until, input.now)
	ptr := sprintf("/spec/access/consumers/%d/until", [k])
	msg := sprintf("The grant to `%s` expired on %s. Renew it with a new `until` date or remove it.", [consumer.team, consumer.until])
}
