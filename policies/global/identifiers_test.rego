package meshplane.global.identifiers_test

import data.meshplane.global.identifiers

product(schema) := {"metadata": {"id": "player.a"}, "spec": {"outputPorts": [{"name": "events", "schema": schema}]}}

check(schema) := {"deny": d, "warn": w} if {
	d := identifiers.deny with input as {"product": product(schema)}
	w := identifiers.warn with input as {"product": product(schema)}
}

test_identifiers_ok if {
	r := check([
		{"name": "track_id", "type": "string", "identifier": "track"},
		{"name": "podcast_episode_id", "type": "string", "identifier": "podcast-episode"},
		{"name": "event_id", "type": "uuid"},
	])
	count(r.deny) == 0
	count(r.warn) == 0
}

test_unregistered_identifier if {
	some r in check([{"name": "event_id", "type": "uuid"}, {"name": "session_id", "type": "uuid", "identifier": "web-session"}]).deny
	r.id == "global.identifiers.registered"
	r.pointer == "/spec/outputPorts/0/schema/1/identifier"
	contains(r.msg, "`web-session`")
}

test_polyseme_without_identifier if {
	some r in check([{"name": "device_id", "type": "string"}]).warn
	r.id == "global.identifiers.polyseme-column"
	r.pointer == "/spec/outputPorts/0/schema/0"
	contains(r.msg, "identifier: device")
}

test_polyseme_with_hyphen if {
	some r in check([{"name": "podcast_episode_id", "type": "string"}]).warn
	r.id == "global.identifiers.polyseme-column"
	contains(r.msg, "identifier: podcast-episode")
}
