package meshplane.global.slos_test

import data.meshplane.global.slos

fresh := {"name": "fresh", "type": "freshness", "threshold": "PT6H", "objective": "99%", "window": "28d"}

port(kind, slo_list) := {"name": "p", "kind": kind, "slos": slo_list}

product(ports) := {"metadata": {"id": "podcast.a"}, "spec": {"outputPorts": ports}}

deny_for(p) := d if {
	d := slos.deny with input as {"product": product([p])}
}

test_slos_ok if {
	slo_list := [
		fresh,
		{"name": "ioc", "type": "intervalOfChange", "threshold": "P1D", "objective": "99%", "window": "28d"},
		{"name": "late", "type": "timeliness", "threshold": "PT0.03S", "percentile": 95, "objective": "99%", "window": "28d"},
		{"name": "complete", "type": "completeness", "threshold": "99.5%", "objective": "95%", "window": "28d"},
		{"name": "rows", "type": "volume", "max": 10, "objective": "95%", "window": "28d"},
		{"name": "up", "type": "availability", "objective": "99%", "window": "28d"},
	]
	count(deny_for(port("table", slo_list))) == 0
}

test_stream_without_freshness_ok if {
	late := {"name": "late", "type": "timeliness", "threshold": "PT1M", "objective": "99%", "window": "28d"}
	count(deny_for(port("stream", [late]))) == 0
}

test_no_slos if {
	some r in deny_for({"name": "p", "kind": "api"})
	r.id == "global.slos.present"
	r.pointer == "/spec/outputPorts/0"
}

test_empty_slos if {
	some r in deny_for(port("api", []))
	r.id == "global.slos.present"
	r.pointer == "/spec/outputPorts/0/slos"
}

test_table_without_freshness if {
	complete := {"name": "complete", "type": "completeness", "threshold": "99%", "objective": "95%", "window": "28d"}
	some r in deny_for(port("files", [complete]))
	r.id == "global.slos.freshness"
	r.pointer == "/spec/outputPorts/0/slos"
}

test_freshness_without_duration if {
	bad := object.union(fresh, {"threshold": "6 hours"})
	some r in deny_for(port("table", [bad]))
	r.id == "global.slos.definition"
	r.pointer == "/spec/outputPorts/0/slos/0"
	contains(r.msg, "ISO 8601")
}

test_completeness_without_percent if {
	bad := {"name": "complete", "type": "completeness", "threshold": "PT1H", "objective": "95%", "window": "28d"}
	some r in deny_for(port("table", [fresh, bad]))
	r.id == "global.slos.definition"
	r.pointer == "/spec/outputPorts/0/slos/1"
}

test_volume_without_bounds if {
	bad := {"name": "rows", "type": "volume", "objective": "95%", "window": "28d"}
	some r in deny_for(port("table", [fresh, bad]))
	r.id == "global.slos.definition"
	r.pointer == "/spec/outputPorts/0/slos/1"
}

test_quality_slo_with_checks if {
	q := {"name": "q", "type": "quality", "objective": "99%", "window": "28d"}
	p := object.union(port("table", [fresh, q]), {"quality": [{"type": "not_null", "column": "id"}]})
	count(deny_for(p)) == 0
}

test_quality_slo_without_checks if {
	q := {"name": "q", "type": "quality", "objective": "99%", "window": "28d"}
	some r in deny_for(port("table", [fresh, q]))
	r.id == "global.slos.quality-checks"
	r.pointer == "/spec/outputPorts/0/slos/1"
}
