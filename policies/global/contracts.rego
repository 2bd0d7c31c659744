# METADATA
# title: Data sharing contracts
# description: >-
#   Data Mesh ch. 5 (G1 standardized data sharing interfaces) and ch. 9: an output port's schema is a contract consumers
#   rely on, and a product's address never changes. (Dangling input ports and lineage cycles are checked by Meshplane's
#   built-in mesh graph rules, graph.dangling-input, graph.unknown-port and graph.cycle, on every check.)
package meshplane.global.contracts

import data.meshplane.lib

# METADATA
# title: The product id never changes
# description: >-
#   Data Mesh ch. 3 (addressable) and ch. 9: a product's global id is its permanent address; consumers, grants and
#   lineage refer to it. To rename, create a successor and deprecate this product.
# custom:
#   id: global.contracts.id-unchanged
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/id"} if {
	before := input.previous.metadata.id
	after := input.product.metadata.id
	before != after
	msg := sprintf("The product id changed from `%s` to `%s`. Ids are permanent: restore `%s`, and create a new product that succeeds it if it needs a new id.", [before, after, before])
}

# METADATA
# title: Breaking schema changes bump the major version
# description: >-
#   Data Mesh ch. 3 and ch. 12: an output port is a contract. Removing a port or a column, or changing a column's type,
#   breaks consumers; such a change needs a new major version so consumers can see it and migrate.
# custom:
#   id: global.contracts.breaking-change
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	input.change == "modified"
	lib.major_version(input.product.metadata.version) <= lib.major_version(input.previous.metadata.version)
	some change in breaking_changes
	ptr := change.pointer
	msg := sprintf("%s, a breaking change, but the version went from %s to %s. Bump the major version and tell the consumers, or keep the old contract.", [change.text, input.previous.metadata.version, input.product.metadata.version])
}

breaking_changes contains {"pointer": "/spec/outputPorts", "text": sprintf("Output port `%s` was removed", [old.name])} if {
	some old in input.previous.spec.outputPorts
	not current_port(old.name)
}

breaking_changes contains {"pointer": sprintf("%s/schema", [lib.port_pointer(i)]), "text": sprintf("Column `%s` was removed from output port `%s`", [col.name, old.name])} if {
	some old in input.previous.spec.outputPorts
	some i, port in input.product.spec.outputPorts
	port.name == old.name
	some col in old.schema
	not lib.column(port, col.name)
}

breaking_changes contains {"pointer": sprintf("%s/type", [lib.column_pointer(i, j)]), "text": msg} if {
	some old in input.previous.spec.outputPorts
	some i, port in input.product.spec.outputPorts
	port.name == old.name
	some j, col in port.schema
	before := lib.column(old, col.name)
	before.type != col.type
	msg := sprintf("Column `%s` of output port `%s` changed type from `%s` to `%s`", [col.name, port.name, before.type, col.type])
}

current_port(name) if {
	some port in input.product.spec.outputPorts
	port.name == name
}
