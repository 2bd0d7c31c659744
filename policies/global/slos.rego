# METADATA
# title: Service level objectives
# description: >-
#   Data Mesh ch. 5, ch. 13 and ch. 14: every data product is trustworthy by guaranteeing and reporting service level
#   objectives on its output ports, and governance standardizes how SLOs are defined and exposed (the discovery and
#   observability APIs are global standards).
package meshplane.global.slos

import data.meshplane.lib

# METADATA
# title: Every output port has at least one SLO
# description: >-
#   Data Mesh ch. 3 (trustworthy and truthful) and ch. 14 (observability): a product states the guarantees of each of its output ports
#   as SLOs, so consumers can decide whether to rely on it.
# custom:
#   id: global.slos.present
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	count(object.get(port, "slos", [])) == 0
	ptr := lib.key_pointer(port, lib.port_pointer(i), "slos")
	msg := sprintf("Output port `%s` has no SLO. Add at least one, e.g. a freshness SLO with the age consumers can count on.", [port.name])
}

# METADATA
# title: Table and file ports guarantee freshness
# description: >-
#   Data Mesh ch. 12 (temporality) and ch. 5: consumers of snapshots and files need to know how old the newest data
#   may be. Table and files ports declare a freshness or intervalOfChange SLO.
# custom:
#   id: global.slos.freshness
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	port.kind in {"table", "files"}
	count(object.get(port, "slos", [])) > 0
	not has_freshness(port)
	ptr := sprintf("%s/slos", [lib.port_pointer(i)])
	msg := sprintf("Output port `%s` (%s) has no freshness or intervalOfChange SLO. Add one so consumers know how stale the data may be.", [port.name, port.kind])
}

has_freshness(port) if {
	some slo in port.slos
	slo.type in {"freshness", "intervalOfChange"}
}

# METADATA
# title: SLOs follow the global metric definitions
# description: >-
#   Data Mesh ch. 5 (identify consistent experiences that need a global standard: how SLOs are encoded) and G11/G22:
#   time-based SLOs bound a duration (ISO 8601), completeness a percentage, volume a row count. An SLO without the
#   matching bound cannot be measured by the platform.
# custom:
#   id: global.slos.definition
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some k, slo in object.get(port, "slos", [])
	some need in slo_needs(slo)
	not slo_meets(slo, need)
	ptr := sprintf("%s/slos/%d", [lib.port_pointer(i), k])
	msg := sprintf("Output port `%s`, SLO `%s` (%s) %s.", [port.name, slo.name, slo.type, need])
}

slo_needs(slo) := {"needs an ISO 8601 duration threshold such as `PT6H`"} if {
	slo.type in {"freshness", "timeliness", "intervalOfChange"}
}

slo_needs(slo) := {"needs a percentage threshold such as `99.5%`"} if slo.type == "completeness"

slo_needs(slo) := {"needs a `min` or `max` row count"} if slo.type == "volume"

slo_needs(slo) := set() if slo.type in {"quality", "availability"}

slo_meets(slo, need) if {
	startswith(need, "needs an ISO")
	regex.match(`^P(T)?[0-9]`, object.get(slo, "threshold", ""))
}

slo_meets(slo, need) if {
	startswith(need, "needs a percentage")
	regex.match(`^[0-9]+(\.[0-9]+)?%$`, object.get(slo, "threshold", ""))
}

slo_meets(slo, need) if {
	startswith(need, "needs a `min`")
	some bound in ["min", "max"]
	is_number(object.get(slo, bound, null))
}

# METADATA
# title: A quality SLO has quality checks to measure
# description: >-
#   Data Mesh ch. 5 (G11: what data quality is, and standard reporting of quality metrics): a `quality` SLO is the share
#   of time the port's quality checks pass. Without checks it measures nothing and always looks green.
# custom:
#   id: global.slos.quality-checks
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some k, slo in object.get(port, "slos", [])
	slo.type == "quality"
	count(object.get(port, "quality", [])) == 0
	ptr := sprintf("%s/slos/%d", [lib.port_pointer(i), k])
	msg := sprintf("Output port `%s` has the quality SLO `%s` but no quality checks. Add checks under `quality`, or drop the SLO.", [port.name, slo.name])
}
