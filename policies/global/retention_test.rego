package meshplane.global.retention_test

import data.meshplane.global.retention

port(cls, ret) := {"name": "daily", "schema": [{"name": "listener_id", "type": "string", "classification": cls}], "retention": ret}

product(ports) := {"metadata": {"id": "listener.a"}, "spec": {"outputPorts": ports}}

test_retention_ok if {
	count(retention.deny) == 0 with input as {"product": product([port("pii", "P2Y"), port("public", "infinite")])}
}

test_retention_missing if {
	some r in retention.deny with input as {"product": product([port("public", "P1Y"), json.remove(port("public", ""), ["retention"])])}
	r.id == "global.retention.declared"
	r.pointer == "/spec/outputPorts/1"
}

test_personal_data_forever if {
	some r in retention.deny with input as {"product": product([port("sensitive-pii", "infinite")])}
	r.id == "global.retention.bounded-personal-data"
	r.pointer == "/spec/outputPorts/0/retention"
	contains(r.msg, "listener_id")
}
