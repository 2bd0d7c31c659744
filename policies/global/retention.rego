# METADATA
# title: Data retention
# description: >-
#   Data Mesh ch. 5 lists data retention among the global policies (G17): how long a product keeps its records is
#   declared per output port and, for personal data, bounded.
package meshplane.global.retention

import data.meshplane.lib

# METADATA
# title: Every output port declares its retention
# description: >-
#   Data Mesh ch. 5 (G17 data retention) and ch. 12 (temporality: consumers read history, so they need to know how far
#   back it goes). Each output port says how long records are kept, as an ISO 8601 duration or `infinite`.
# custom:
#   id: global.retention.declared
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": lib.port_pointer(i)} if {
	some i, port in input.product.spec.outputPorts
	not port.retention
	msg := sprintf("Output port `%s` declares no retention. Set `retention` to how long records are kept, e.g. `P3Y`, or `infinite`.", [port.name])
}

# METADATA
# title: Personal data is not kept forever
# description: >-
#   Data Mesh ch. 5 (G17 data retention, G18 right to be forgotten, G12 privacy): storage limitation means personal
#   data is kept only as long as its purpose needs. A port with pii or sensitive-pii columns has a bounded retention.
# custom:
#   id: global.retention.bounded-personal-data
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i in lib.pii_port_indexes(input.product)
	port := input.product.spec.outputPorts[i]
	port.retention == "infinite"
	ptr := sprintf("%s/retention", [lib.port_pointer(i)])
	msg := sprintf("Output port `%s` keeps personal data (%s) forever. Set a bounded `retention` such as `P2Y`, or drop or anonymise the personal columns.", [port.name, concat(", ", sort(lib.pii_columns(port)))])
}
