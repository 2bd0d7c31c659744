package meshplane.global.archetype_test

import data.meshplane.global.archetype

system_input := {"name": "events", "source": {"system": "player", "kind": "event-log"}}

product_input(id) := {"name": id, "source": {"product": id, "port": "p"}}

product(archetype, inputs) := {"metadata": {"id": "music.a", "archetype": archetype}, "spec": {"inputPorts": inputs}}

test_source_aligned_ok if {
	count(archetype.warn) == 0 with input as {"product": product("source-aligned", [system_input, product_input("listener.b")])}
}

test_source_aligned_without_system if {
	some r in archetype.warn with input as {"product": product("source-aligned", [product_input("listener.b")])}
	r.id == "global.archetype.source-reads-system"
	r.pointer == "/metadata/archetype"
}

test_aggregate_ok if {
	count(archetype.warn) == 0 with input as {"product": product("aggregate", [product_input("x.b"), product_input("x.c")])}
}

test_aggregate_single_input if {
	inputs := [system_input, product_input("x.b"), object.union(product_input("x.b"), {"name": "again"})]
	some r in archetype.warn with input as {"product": product("aggregate", inputs)}
	r.id == "global.archetype.aggregate-inputs"
	r.pointer == "/metadata/archetype"
	contains(r.msg, "reads 1 upstream")
}

mesh_product(id, n, teams) := {
	"id": id,
	"inputs": [{"name": sprintf("in-%d", [k]), "product": sprintf("x.p%d", [k]), "port": "p"} | some k in numbers.range(1, n)],
	"consumerTeams": teams,
}

test_master_data_product if {
	mesh := {
		"products": {"x.big": mesh_product("x.big", 6, ["t1", "t2"])},
		"consumers": {"x.big": {"out": ["x.c1"], "other": ["x.c1", "x.c2"]}},
	}
	some r in archetype.mesh_warn with input as {"now": "2026-11-22"} with data.mesh as mesh
	r.id == "global.archetype.master-data-product"
	r.product == "x.big"
	r.pointer == "/spec/inputPorts"
}

test_not_master_data_product if {
	mesh := {
		"products": {"x.big": mesh_product("x.big", 6, []), "x.small": mesh_product("x.small", 2, ["t1", "t2", "t3", "t4"])},
		"consumers": {"x.big": {"out": ["x.c1", "x.c2", "x.c3"]}},
	}
	count(archetype.mesh_warn) == 0 with input as {"now": "2026-11-22"} with data.mesh as mesh
}
