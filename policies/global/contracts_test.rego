package meshplane.global.contracts_test

import data.meshplane.global.contracts

mesh := {"products": {"listener.profiles": {"id": "listener.profiles", "outputs": {"daily-snapshot": {}, "history": {}}, "inputs": []}}}

port(schema) := {"name": "daily", "schema": schema}

cols := [{"name": "listener_id", "type": "string"}, {"name": "plays", "type": "integer"}]

product(version, ports, inputs) := {
	"metadata": {"id": "podcast.a", "version": version},
	"spec": {"outputPorts": ports, "inputPorts": inputs},
}

reads(upstream, p) := {"name": "in", "source": {"product": upstream, "port": p}}

check(p, prev) := d if {
	d := contracts.deny with input as {"product": p, "previous": prev, "change": "modified"} with data.mesh as mesh
}

test_inputs_ok if {
	p := product("1.0.0", [], [reads("listener.profiles", "history"), {"name": "s", "source": {"system": "x", "kind": "api"}}])
	count(check(p, null)) == 0
}

test_id_changed if {
	before := object.union(product("1.0.0", [], []), {"metadata": {"id": "podcast.old"}})
	some r in check(product("1.0.0", [], []), before)
	r.id == "global.contracts.id-unchanged"
	r.pointer == "/metadata/id"
}

test_compatible_change_ok if {
	before := product("1.2.0", [port(cols)], [])
	after := product("1.3.0", [port(array.concat(cols, [{"name": "new", "type": "string"}]))], [])
	count(check(after, before)) == 0
}

test_breaking_change_with_major_bump_ok if {
	before := product("1.2.0", [port(cols), object.union(port(cols), {"name": "old"})], [])
	count(check(product("2.0.0", [port([cols[0]])], []), before)) == 0
}

test_port_removed if {
	before := product("1.2.0", [port(cols), object.union(port(cols), {"name": "old"})], [])
	some r in check(product("1.3.0", [port(cols)], []), before)
	r.id == "global.contracts.breaking-change"
	r.pointer == "/spec/outputPorts"
	contains(r.msg, "`old` was removed")
}

test_column_removed if {
	before := product("1.2.0", [port(cols)], [])
	some r in check(product("1.2.1", [port([cols[1]])], []), before)
	r.id == "global.contracts.breaking-change"
	r.pointer == "/spec/outputPorts/0/schema"
}

test_column_type_changed if {
	before := product("1.2.0", [port(cols)], [])
	after := product("1.2.1", [port([cols[0], {"name": "plays", "type": "double"}])], [])
	some r in check(after, before)
	r.id == "global.contracts.breaking-change"
	r.pointer == "/spec/outputPorts/0/schema/1/type"
	contains(r.msg, "from `integer` to `double`")
}
