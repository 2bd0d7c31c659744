package meshplane.global.lifecycle_test

import data.meshplane.global.lifecycle

now := "2026-11-22"

mesh := {
	"products": {
		"listener.profiles": {"id": "listener.profiles", "lifecycle": "active"},
		"listener.locations": {"id": "listener.locations", "lifecycle": "deprecated", "successor": "listener.profiles", "sunset": "2027-03-31"},
		"listener.old": {"id": "listener.old", "lifecycle": "deprecated", "sunset": "2026-01-31"},
		"listener.sleepy": {"id": "listener.sleepy", "lifecycle": "dormant"},
		"listener.gone": {"id": "listener.gone", "lifecycle": "retired", "successor": "listener.profiles"},
	},
	"consumers": {"podcast.a": {"daily": ["podcast.b"]}},
}

reads(upstream) := {"name": "in", "source": {"product": upstream, "port": "p"}, "mode": "pull"}

product(meta, inputs) := {
	"metadata": object.union({"id": "podcast.a", "lifecycle": "active"}, meta),
	"spec": {"inputPorts": inputs},
}

check(p, prev, change) := {"deny": d, "warn": w} if {
	inp := {"product": p, "previous": prev, "change": change, "now": now}
	d := lifecycle.deny with input as inp with data.mesh as mesh
	w := lifecycle.warn with input as inp with data.mesh as mesh
}

ids(results) := {r.id | some r in results}

test_active_product_ok if {
	r := check(product({}, [reads("listener.profiles"), {"name": "sys", "source": {"system": "s", "kind": "api"}}]), null, "added")
	count(r.deny) == 0
	count(r.warn) == 0
}

test_deprecated_with_successor_ok if {
	r := check(product({"lifecycle": "deprecated", "successor": "listener.profiles"}, []), null, null)
	count(r.deny) == 0
}

test_deprecated_without_path if {
	some r in check(product({"lifecycle": "deprecated"}, []), null, null).deny
	r.id == "global.lifecycle.deprecation-path"
	r.pointer == "/metadata/lifecycle"
}

test_successor_unknown if {
	some r in check(product({"lifecycle": "deprecated", "successor": "listener.nope"}, []), null, null).deny
	r.id == "global.lifecycle.successor-live"
	r.pointer == "/metadata/successor"
	contains(r.msg, "not a product")
}

test_successor_itself if {
	some r in check(product({"lifecycle": "deprecated", "successor": "podcast.a"}, []), null, null).deny
	r.id == "global.lifecycle.successor-live"
	contains(r.msg, "product itself")
}

test_successor_deprecated if {
	some r in check(product({"lifecycle": "deprecated", "successor": "listener.locations"}, []), null, null).deny
	r.id == "global.lifecycle.successor-live"
	contains(r.msg, "itself deprecated")
}

test_new_consumer_of_deprecated_product if {
	some r in check(product({}, [reads("listener.profiles"), reads("listener.locations")]), null, "added").deny
	r.id == "global.lifecycle.no-new-consumers"
	r.pointer == "/spec/inputPorts/1/source/product"
	contains(r.msg, "successor `listener.profiles`")
}

test_new_input_port_on_dormant_product if {
	before := product({}, [reads("listener.profiles")])
	some r in check(product({}, [reads("listener.sleepy")]), before, "modified").deny
	r.id == "global.lifecycle.no-new-consumers"
	r.pointer == "/spec/inputPorts/0/source/product"
	contains(r.msg, "another source")
}

test_existing_consumer_of_deprecated_warns if {
	p := product({}, [reads("listener.locations")])
	r := check(p, p, "modified")
	count(r.deny) == 0
	some w in r.warn
	w.id == "global.lifecycle.deprecated-input"
	w.pointer == "/spec/inputPorts/0/source/product"
	contains(w.msg, "deprecated until 2027-03-31")
}

test_existing_consumer_of_dormant_warns if {
	some w in check(product({}, [reads("listener.sleepy")]), null, null).warn
	w.id == "global.lifecycle.deprecated-input"
	contains(w.msg, "is dormant:")
}

test_reading_retired_product if {
	r := check(product({}, [reads("listener.gone")]), null, "unchanged")
	some d in r.deny
	d.id == "global.lifecycle.retired-input"
	d.pointer == "/spec/inputPorts/0/source/product"
	contains(d.msg, "(retired)")
	count(r.warn) == 0
}

test_reading_product_past_sunset if {
	r := check(product({}, [reads("listener.old")]), null, null)
	some d in r.deny
	d.id == "global.lifecycle.retired-input"
	contains(d.msg, "sunset was 2026-01-31")
	not "global.lifecycle.deprecated-input" in ids(r.warn)
}

test_retire_with_consumers if {
	before := product({"lifecycle": "deprecated", "sunset": "2026-10-01"}, [])
	some r in check(product({"lifecycle": "retired"}, []), before, "modified").deny
	r.id == "global.lifecycle.retire-with-consumers"
	r.pointer == "/metadata/lifecycle"
	contains(r.msg, "podcast.b")
}

test_retire_after_dormant_ok if {
	before := product({"lifecycle": "dormant"}, [])
	count(check(product({"lifecycle": "retired"}, []), before, "modified").deny) == 0
}

test_retire_with_successor_ok if {
	count(check(product({"lifecycle": "retired", "successor": "listener.profiles"}, []), null, null).deny) == 0
}
