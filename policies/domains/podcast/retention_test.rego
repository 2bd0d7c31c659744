package meshplane.domains.podcast.retention_test

import data.meshplane.domains.podcast.retention

port(identifier, ret) := {"name": "daily", "schema": [{"name": "listener_id", "type": "string", "identifier": identifier}], "retention": ret}

product(ports) := {"metadata": {"id": "podcast.a", "domain": "podcast"}, "spec": {"outputPorts": ports}}

test_listener_data_within_limit if {
	ports := [port("listener", "P3Y"), port("listener", "P90D"), port("podcast", "P10Y"), port("podcast", "infinite")]
	count(retention.deny) == 0 with input as {"product": product(ports)}
}

test_listener_data_too_long if {
	some r in retention.deny with input as {"product": product([port("listener", "P37M")])}
	r.id == "podcast.retention.listener-data"
	r.pointer == "/spec/outputPorts/0/retention"
	contains(r.msg, "`P37M`")
}

test_listener_data_forever if {
	some r in retention.deny with input as {"product": product([port("podcast", "P1Y"), json.remove(port("listener", ""), ["retention"])])}
	r.id == "podcast.retention.listener-data"
	r.pointer == "/spec/outputPorts/1"
}
