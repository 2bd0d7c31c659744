# METADATA
# title: Podcast listener data retention
# description: >-
#   A local policy of the podcast domain (Data Mesh ch. 5: local policies are decided and executed by the domain). The
#   podcast domain decided that listener-level podcast data is kept at most three years; audience aggregates without
#   listener ids may be kept longer.
package meshplane.domains.podcast.retention

import data.meshplane.lib

# The longest retention of listener-level podcast data, in days (three years).
max_listener_days := 3 * 365

# METADATA
# title: Listener-level podcast data is kept at most three years
# description: >-
#   Data Mesh ch. 5 (local policies, G17 data retention applied by the domain): any podcast output port with a column
#   holding the `listener` identifier declares a retention of at most P3Y.
# custom:
#   id: podcast.retention.listener-data
#   severity: deny
#   owner: "@daff/podcast-data"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some col in port.schema
	col.identifier == "listener"
	retention := object.get(port, "retention", "infinite")
	not within_limit(retention)
	ptr := lib.key_pointer(port, lib.port_pointer(i), "retention")
	msg := sprintf("Output port `%s` holds listener ids (`%s`) but keeps them for `%s`. Podcast listener data is kept at most `P3Y`: shorten `retention`, or aggregate the listeners away.", [port.name, col.name, retention])
}

within_limit(retention) if lib.duration_days(retention) <= max_listener_days
