# METADATA
# title: Product lifecycle
# description: >-
#   Data Mesh ch. 10 and ch. 11: a data product has a life from inception to retirement. Deprecation stops new consumers
#   and points existing ones to a successor; a product with consumers is not retired without a dormant phase or a
#   successor; consumers notice and migrate.
package meshplane.global.lifecycle

import data.meshplane.lib

# Lifecycle stages in which a product accepts no new consumers.
closed_stages := {"deprecated", "dormant", "retired"}

# METADATA
# title: A deprecated product names its successor or its sunset
# description: >-
#   Data Mesh ch. 10 (lifecycle of a data product; a product is replaced by a successor rather than changed in place)
#   and ch. 11: consumers of a deprecated product need to know where to move and by when.
# custom:
#   id: global.lifecycle.deprecation-path
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/lifecycle"} if {
	input.product.metadata.lifecycle == "deprecated"
	not input.product.metadata.successor
	not input.product.metadata.sunset
	msg := "The product is deprecated but names neither a successor nor a sunset date. Set metadata.successor to the product consumers should move to, or metadata.sunset to the date it stops serving data."
}

# METADATA
# title: The successor is a live product of the mesh
# description: >-
#   Data Mesh ch. 10: consumers are migrated to the successor, so it must exist, be another product, and itself accept
#   consumers (not be deprecated, dormant or retired).
# custom:
#   id: global.lifecycle.successor-live
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/successor"} if {
	successor := input.product.metadata.successor
	some problem in successor_problems(successor)
	msg := sprintf("The successor `%s` %s.", [successor, problem])
}

successor_problems(successor) := {"is the product itself: name the product consumers should move to"} if {
	successor == input.product.metadata.id
}

successor_problems(successor) := {"is not a product of the mesh: name an existing product id"} if {
	successor != input.product.metadata.id
	not data.mesh.products[successor]
}

successor_problems(successor) := {sprintf("is itself %s: name a product that accepts new consumers", [stage])} if {
	successor != input.product.metadata.id
	stage := data.mesh.products[successor].lifecycle
	stage in closed_stages
}

# The lifecycle of the upstream product read by input port `port`, when it is registered.
upstream_stage(port) := data.mesh.products[port.source.product].lifecycle

# True when the input port did not read the same product in the base version: it is a new consumer.
new_consumer(_) if input.change == "added"

new_consumer(port) if {
	input.change == "modified"
	not read_before(port.source.product)
}

read_before(upstream) if {
	some q in input.previous.spec.inputPorts
	q.source.product == upstream
}

# True when the upstream no longer serves data: retired, or deprecated past its sunset date.
stopped_serving(upstream) if data.mesh.products[upstream].lifecycle == "retired"

stopped_serving(upstream) if {
	data.mesh.products[upstream].lifecycle == "deprecated"
	lib.date_before(data.mesh.products[upstream].sunset, input.now)
}

# What to move to, for messages.
move_to(upstream) := sprintf("move to its successor `%s`", [data.mesh.products[upstream].successor]) if {
	data.mesh.products[upstream].successor
} else := "find another source with its owner team"

# METADATA
# title: No new consumers on deprecated, dormant or retired products
# description: >-
#   Data Mesh ch. 10 (lifecycle: a deprecated product takes no new consumers and a dormant one serves old data only).
#   An input port added in this change may not read such a product; read its successor instead.
# custom:
#   id: global.lifecycle.no-new-consumers
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some k, port in input.product.spec.inputPorts
	stage := upstream_stage(port)
	stage in closed_stages
	new_consumer(port)
	ptr := sprintf("/spec/inputPorts/%d/source/product", [k])
	msg := sprintf("Input port `%s` is a new consumer of `%s`, which is %s and takes no new consumers: %s.", [port.name, port.source.product, stage, move_to(port.source.product)])
}

# METADATA
# title: Inputs do not read products that stopped serving data
# description: >-
#   Data Mesh ch. 10 (lifecycle): a retired product, or a deprecated one past its sunset date, serves no data any more.
#   A product still reading it is broken and must migrate.
# custom:
#   id: global.lifecycle.retired-input
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some k, port in input.product.spec.inputPorts
	stopped_serving(port.source.product)
	not new_consumer(port)
	ptr := sprintf("/spec/inputPorts/%d/source/product", [k])
	msg := sprintf("Input port `%s` reads `%s`, which no longer serves data (%s): %s.", [port.name, port.source.product, stopped_reason(port.source.product), move_to(port.source.product)])
}

stopped_reason(upstream) := "retired" if {
	data.mesh.products[upstream].lifecycle == "retired"
} else := sprintf("its sunset was %s", [data.mesh.products[upstream].sunset])

# METADATA
# title: Consumers of deprecated or dormant products migrate
# description: >-
#   Data Mesh ch. 10 and ch. 11: when an upstream product is deprecated or dormant, its consumers are told and move to
#   the successor before the sunset.
# custom:
#   id: global.lifecycle.deprecated-input
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some k, port in input.product.spec.inputPorts
	stage := upstream_stage(port)
	stage in {"deprecated", "dormant"}
	not new_consumer(port)
	not stopped_serving(port.source.product)
	ptr := sprintf("/spec/inputPorts/%d/source/product", [k])
	msg := sprintf("Input port `%s` reads `%s`, which is %s%s: %s.", [port.name, port.source.product, stage, sunset_note(port.source.product), move_to(port.source.product)])
}

sunset_note(upstream) := sprintf(" until %s", [data.mesh.products[upstream].sunset]) if {
	data.mesh.products[upstream].sunset
} else := ""

# METADATA
# title: A product with consumers is not retired without a dormant phase or a successor
# description: >-
#   Data Mesh ch. 10: retiring a product that still has consumers breaks them. Go through a dormant phase (serving old
#   data only) or name a successor first, and migrate the consumers.
# custom:
#   id: global.lifecycle.retire-with-consumers
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/lifecycle"} if {
	input.product.metadata.lifecycle == "retired"
	not input.product.metadata.successor
	not input.previous.metadata.lifecycle == "dormant"
	readers := {r | some rs in object.get(data.mesh.consumers, input.product.metadata.id, {}); some r in rs}
	count(readers) > 0
	msg := sprintf("The product is retired while %s still read it, without a dormant phase or a successor. Set it `dormant` first, or name a successor and migrate the consumers.", [concat(", ", sort(readers))])
}
