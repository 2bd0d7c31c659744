# METADATA
# title: Temporal standard
# description: >-
#   Data Mesh ch. 12 and ch. 5: every output port serves data along two times, the actual (event or state) time and
#   the processing time, so consumers can ask for the state of the world at a point in time and for what the product
#   knew then. Governance globalizes this decision for interoperability (ch. 5, guiding value 3: time dimensions in
#   ISO 8601, SQL:2011 temporal queries).
package meshplane.global.temporal

import data.meshplane.lib

# METADATA
# title: Both times name columns of the port's schema
# description: >-
#   Data Mesh ch. 12 (bitemporal data): a port's actual time and processing time are columns consumers can query.
#   A temporal field that names no column leaves the port without one of its two times.
# custom:
#   id: global.temporal.columns-exist
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some field in ["actualTime", "processingTime"]
	name := object.get(port, ["temporal", field], "")
	not lib.column(port, name)
	ptr := lib.key_pointer(port.temporal, sprintf("%s/temporal", [lib.port_pointer(i)]), field)
	msg := sprintf("Output port `%s`: temporal.%s `%s` is not a column of its schema. Add the column or name an existing one.", [port.name, field, name])
}

# METADATA
# title: Actual time is a timestamp or date, processing time a timestamp
# description: >-
#   Data Mesh ch. 5 (globalize decisions that enable interoperability: time dimensions in a standard format) and ch. 12:
#   the actual time is an instant or a day, the processing time is always an instant so the product can be read as of
#   any moment. Times stored as strings or numbers break temporal joins across products.
# custom:
#   id: global.temporal.types
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some field, allowed in {"actualTime": ["timestamp", "date"], "processingTime": ["timestamp"]}
	name := object.get(port, ["temporal", field], "")
	some j, col in port.schema
	col.name == name
	not col.type in allowed
	ptr := sprintf("%s/type", [lib.column_pointer(i, j)])
	msg := sprintf("Output port `%s`: column `%s` holds the %s but is typed `%s`. Make it `%s`.", [port.name, name, field, col.type, concat("` or `", allowed)])
}
