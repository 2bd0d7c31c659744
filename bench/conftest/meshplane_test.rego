package main

valid := {
	"metadata": {"id": "player.plays"},
	"spec": {
		"description": "One row per listener and day: the plays of the streaming player.",
		"docs": {"readme": "./README.md"},
		"policies": {"locality": ["eu"], "encryption": "column-level"},
		"access": {"classification": "confidential", "consumers": [{"team": "analytics", "purpose": "Reports", "until": "2999-01-01"}]},
		"outputPorts": [{
			"name": "main",
			"kind": "table",
			"retention": "P2Y",
			"temporal": {"actualTime": "day", "processingTime": "processed_at"},
			"schema": [
				{"name": "listener_id", "type": "string", "identifier": "listener", "classification": "pii"},
				{"name": "day", "type": "date", "description": "The day"},
				{"name": "processed_at", "type": "timestamp", "description": "When it was processed"},
			],
			"slos": [{"name": "fresh", "type": "freshness", "threshold": "PT6H"}, {"name": "rows", "type": "volume", "min": 10}],
		}],
	},
}

port(patch) := object.union(valid.spec.outputPorts[0], patch)

with_port(patch) := json.patch(valid, [{"op": "replace", "path": "/spec/outputPorts/0", "value": port(patch)}])

test_valid_product_passes if count(deny) == 0 with input as valid

test_short_description if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/description", "value": "short"}])

test_no_readme if count(deny) == 1 with input as json.patch(valid, [{"op": "remove", "path": "/spec/docs"}])

test_no_locality if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/policies/locality", "value": []}])

test_no_encryption if count(deny) == 1 with input as json.patch(valid, [{"op": "remove", "path": "/spec/policies/encryption"}])

test_internal_pii if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/access/classification", "value": "internal"}])

test_expired_grant if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/access/consumers/0/until", "value": "2001-01-01"}])

test_no_retention if count(deny) == 1 with input as json.patch(valid, [{"op": "remove", "path": "/spec/outputPorts/0/retention"}])

test_infinite_pii_retention if count(deny) == 1 with input as with_port({"retention": "infinite"})

test_no_slos if count(deny) == 1 with input as with_port({"slos": []})

test_no_freshness if count(deny) == 1 with input as with_port({"slos": [{"name": "rows", "type": "volume", "min": 1}]})

test_bad_threshold if count(deny) == 1 with input as with_port({"slos": [{"name": "fresh", "type": "freshness", "threshold": "6 hours"}]})

test_unknown_identifier if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/outputPorts/0/schema/0/identifier", "value": "customer"}])

test_undescribed_column if count(deny) == 1 with input as json.patch(valid, [{"op": "remove", "path": "/spec/outputPorts/0/schema/1/description"}])

test_missing_temporal_column if count(deny) == 1 with input as with_port({"temporal": {"actualTime": "nope", "processingTime": "processed_at"}})

test_wrong_temporal_type if count(deny) == 1 with input as json.patch(valid, [{"op": "replace", "path": "/spec/outputPorts/0/schema/2/type", "value": "date"}])
