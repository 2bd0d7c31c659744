# METADATA
# title: Product archetypes and boundaries
# description: >-
#   Data Mesh ch. 2 and ch. 10: source-aligned products share the facts of the domain's operational systems, aggregates
#   compose several upstream products, consumer-aligned products serve a use case. The book gives heuristics for bad
#   boundaries, such as the "master data product" that reads everything and serves everyone.
package meshplane.global.archetype

import data.meshplane.lib

# Inputs and consumers from which a product looks like a master data product.
master_min_inputs := 6

master_min_consumers := 4

# METADATA
# title: A source-aligned product reads an operational system
# description: >-
#   Data Mesh ch. 2 (source-aligned domain data): source-aligned products capture the facts of the domain's
#   operational systems. One that only reads other products is an aggregate or consumer-aligned product.
# custom:
#   id: global.archetype.source-reads-system
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/archetype"} if {
	input.product.metadata.archetype == "source-aligned"
	not lib.reads_system(input.product)
	msg := "The product is source-aligned but reads no operational system. Add the system it captures as an input port, or change metadata.archetype to `aggregate` or `consumer-aligned`."
}

# METADATA
# title: An aggregate composes at least two upstream products
# description: >-
#   Data Mesh ch. 2 (aggregate domain data): an aggregate composes data from several upstream products. With fewer than
#   two it is a copy or a consumer-aligned view and adds a hop to the lineage without adding meaning.
# custom:
#   id: global.archetype.aggregate-inputs
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/archetype"} if {
	input.product.metadata.archetype == "aggregate"
	n := count(lib.input_products(input.product))
	n < 2
	msg := sprintf("The product is an aggregate but reads %d upstream product(s). Aggregates compose at least two; otherwise set metadata.archetype to `consumer-aligned` or `source-aligned`.", [n])
}

# METADATA
# title: Beware of master data products
# description: >-
#   Data Mesh ch. 10 (monitoring the mesh) and ch. 2: a product with many inputs that many consumers depend on tends
#   to become a central "master data product", hard to maintain and a bottleneck. Consider splitting it by use case.
# custom:
#   id: global.archetype.master-data-product
#   severity: warn
#   owner: "@daff/data-governance"
mesh_warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "product": id, "pointer": "/spec/inputPorts"} if {
	some id, p in data.mesh.products
	upstream := {i.product | some i in p.inputs; is_string(i.product)}
	count(upstream) >= master_min_inputs
	readers := {r | some rs in object.get(data.mesh.consumers, id, {}); some r in rs} | {t | some t in p.consumerTeams}
	count(readers) >= master_min_consumers
	msg := sprintf("%s reads %d products and has %d consumers: it may be turning into a master data product. Consider splitting it into smaller products aligned with its consumers' use cases.", [id, count(upstream), count(readers)])
}
