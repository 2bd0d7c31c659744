# METADATA
# title: Global identifiers for polysemes
# description: >-
#   Data Mesh ch. 3 and ch. 5: polysemes, entities such as listener, artist or track that cross domain boundaries, are
#   identified by global identifier types defined by governance, so products of different domains can be joined
#   without a central model (G3).
package meshplane.global.identifiers

import data.meshplane.lib

# METADATA
# title: Declared identifiers are registered global identifier types
# description: >-
#   Data Mesh ch. 5 (G3 standardized shared entity IDs): a column's `identifier` links it to a polyseme across the mesh.
#   Only identifier types registered by governance can be joined and mapped; an unregistered one silently creates a
#   second, incompatible id for an entity. Enforced from 2027-07-01, so that domains whose local identifiers predate
#   the rule (e.g. the two kinds of "session") can have them registered or migrate; until then it warns.
# custom:
#   id: global.identifiers.registered
#   severity: deny
#   owner: "@daff/data-governance"
#   enforceFrom: "2027-07-01"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some j, col in port.schema
	is_string(col.identifier)
	not col.identifier in lib.global_identifiers
	ptr := sprintf("%s/identifier", [lib.column_pointer(i, j)])
	msg := sprintf("Column `%s` of output port `%s` declares the identifier `%s`, which is not a global identifier type. Use one of %s, or ask the governance group to register it.", [col.name, port.name, col.identifier, known_list])
}

known_list := concat(", ", sort(lib.global_identifiers))

# METADATA
# title: Columns holding a polyseme's id declare its identifier type
# description: >-
#   Data Mesh ch. 3 and ch. 5 (G3): a column such as `track_id` or `device_id` carries a polyseme's id. Declaring
#   `identifier` lets consumers and the catalog join it with the same entity in other domains.
# custom:
#   id: global.identifiers.polyseme-column
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": lib.column_pointer(i, j)} if {
	some i, port in input.product.spec.outputPorts
	some j, col in port.schema
	not col.identifier
	entity := id_columns[col.name]
	msg := sprintf("Column `%s` of output port `%s` looks like a %s id but declares no identifier. Add `identifier: %s` (or rename the column if it is a different, domain-local id).", [col.name, port.name, entity, entity])
}

# The id column of each global identifier type, looked up by name: `podcast_episode_id` → `podcast-episode`.
id_columns := {concat("", [replace(entity, "-", "_"), "_id"]): entity | some entity in lib.global_identifiers}
