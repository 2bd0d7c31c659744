# METADATA
# title: Data localization
# description: >-
#   Data Mesh ch. 5 (G13 data localization, G16 data sovereignty): where data may be stored and processed is a global
#   concern decided by governance and executed by every product.
package meshplane.global.locality

import data.meshplane.lib

# METADATA
# title: Every product declares where its data may live
# description: >-
#   Data Mesh ch. 5 (G13 localization, G16 sovereignty) and the book's manifest rules: confidentiality, retention and
#   locality are declared, so the platform can place storage and compute in allowed regions only.
# custom:
#   id: global.locality.declared
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	count(object.get(input.product, ["spec", "policies", "locality"], [])) == 0
	ptr := lib.policies_pointer(input.product, "locality")
	msg := "The product declares no locality. Set spec.policies.locality to the regions its data may be stored and processed in, e.g. `[eu]`."
}
