package meshplane.global.temporal_test

import data.meshplane.global.temporal

port(temporal, schema) := {"name": "daily", "kind": "table", "temporal": temporal, "schema": schema}

good_schema := [
	{"name": "day", "type": "date"},
	{"name": "processed_at", "type": "timestamp"},
	{"name": "plays", "type": "integer"},
]

good_temporal := {"actualTime": "day", "processingTime": "processed_at"}

product(ports) := {"metadata": {"id": "podcast.a"}, "spec": {"outputPorts": ports}}

test_temporal_ok if {
	count(temporal.deny) == 0 with input as {"product": product([port(good_temporal, good_schema)])}
}

test_actual_time_timestamp_ok if {
	schema := [{"name": "at", "type": "timestamp"}, {"name": "processed_at", "type": "timestamp"}]
	count(temporal.deny) == 0 with input as {"product": product([port({"actualTime": "at", "processingTime": "processed_at"}, schema)])}
}

test_actual_time_missing_column if {
	p := port({"actualTime": "listen_day", "processingTime": "processed_at"}, good_schema)
	some r in temporal.deny with input as {"product": product([p])}
	r.id == "global.temporal.columns-exist"
	r.pointer == "/spec/outputPorts/0/temporal/actualTime"
}

test_processing_time_not_declared if {
	p := port({"actualTime": "day"}, good_schema)
	some r in temporal.deny with input as {"product": product([p, p])}
	r.id == "global.temporal.columns-exist"
	r.pointer == "/spec/outputPorts/1/temporal"
}

test_processing_time_date_denied if {
	schema := [{"name": "day", "type": "date"}, {"name": "processed_at", "type": "date"}]
	some r in temporal.deny with input as {"product": product([port(good_temporal, schema)])}
	r.id == "global.temporal.types"
	r.pointer == "/spec/outputPorts/0/schema/1/type"
	contains(r.msg, "`timestamp`")
}

test_actual_time_string_denied if {
	schema := [{"name": "processed_at", "type": "timestamp"}, {"name": "day", "type": "string"}]
	some r in temporal.deny with input as {"product": product([port(good_temporal, schema)])}
	r.id == "global.temporal.types"
	r.pointer == "/spec/outputPorts/0/schema/1/type"
	contains(r.msg, "`timestamp` or `date`")
}
