# METADATA
# title: Data consent
# description: >-
#   Data Mesh ch. 5 (G15 data consent) and ch. 14: the consent a person gave travels with their data, and every
#   product that serves personal data declares the consent purpose it relies on, so downstream uses can be checked
#   against it.
package meshplane.global.consent

import data.meshplane.lib

# METADATA
# title: Personal data under GDPR declares its consent purpose
# description: >-
#   Data Mesh ch. 5 (G15 data consent, G29 privacy and compliance). Products with personal data under GDPR name the
#   consent purpose in spec.policies.consent. Financial records kept under SOX rest on a legal obligation (GDPR
#   Art. 6(1)(c)) rather than consent and are exempt; other non-consent lawful bases (e.g. a contract) need a waiver
#   that records the basis.
# custom:
#   id: global.consent.declared
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	lib.has_pii(input.product)
	regulations := lib.regulations(input.product)
	"GDPR" in regulations
	not "SOX" in regulations
	trim(object.get(input.product, ["spec", "policies", "consent"], ""), " ") == ""
	ptr := lib.policies_pointer(input.product, "consent")
	msg := "The product serves personal data under GDPR but declares no consent purpose. Set spec.policies.consent to the purpose people agreed to (e.g. `analytics-opt-in`); if the lawful basis is not consent, ask governance for a waiver that records it."
}
