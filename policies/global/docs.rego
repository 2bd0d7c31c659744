# METADATA
# title: Discoverability and documentation
# description: >-
#   Data Mesh ch. 3 (discoverable, understandable, addressable) and ch. 5 (G9 discovery standard, G27 a predefined set
#   of documentation metadata): a product is only usable when people can find out what it means without asking.
package meshplane.global.docs

import data.meshplane.lib

# Shortest useful product description, in characters.
min_description := 40

# METADATA
# title: The product has a useful description
# description: >-
#   Data Mesh ch. 3 (understandable: a product describes its semantics) and ch. 5 (G27): the description says what the
#   data means in a few sentences; a one-liner or an empty text does not help a consumer decide.
# custom:
#   id: global.docs.description
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	text := trim(object.get(input.product.spec, "description", ""), " \n\t")
	count(text) < min_description
	ptr := lib.key_pointer(input.product.spec, "/spec", "description")
	msg := sprintf("The description has %d characters. Write at least %d: what one row means, where the data comes from and what it covers.", [count(text), min_description])
}

# METADATA
# title: The product has a README
# description: >-
#   Data Mesh ch. 3 (understandable: documentation, examples) and the manifest rule "docs and examples exist": every
#   product links a README beside its manifest with how to use the data.
# custom:
#   id: global.docs.readme
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	not input.product.spec.docs.readme
	ptr := lib.key_pointer(input.product.spec, "/spec", "docs")
	msg := "The product links no README. Add a README.md beside the manifest and set spec.docs.readme to `./README.md`."
}

# METADATA
# title: Every column is described
# description: >-
#   Data Mesh ch. 5 (G27: documentation includes field descriptions) and ch. 3 (understandable). A column that holds a
#   registered global identifier is described by that identifier; every other column needs a description. Enforced
#   from 2027-04-01; until then it warns.
# custom:
#   id: global.docs.column-description
#   severity: deny
#   owner: "@daff/data-governance"
#   enforceFrom: "2027-04-01"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": lib.column_pointer(i, j)} if {
	some i, port in input.product.spec.outputPorts
	some j, col in port.schema
	not col.identifier
	trim(object.get(col, "description", ""), " ") == ""
	msg := sprintf("Column `%s` of output port `%s` has no description. Add a short `description` of what it holds (unit, values, source).", [col.name, port.name])
}

# METADATA
# title: The product names a support channel
# description: >-
#   Data Mesh ch. 3 (understandable, trustworthy) and ch. 16 (the product team serves its consumers): consumers need to
#   know where to ask questions and report problems.
# custom:
#   id: global.docs.support-channel
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	not input.product.spec.support.channel
	ptr := lib.key_pointer(input.product.spec, "/spec", "support")
	msg := "The product names no support channel. Set spec.support.channel to the team's chat channel, e-mail address or URL."
}
