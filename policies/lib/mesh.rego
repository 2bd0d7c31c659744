# METADATA
# title: Shared helpers for Meshplane policies
# description: Functions and constants every policy may use. Keep them small and side-effect free.
package meshplane.lib

# The package name segment of a domain: `listener-session` → `listener_session`.
domain_package(domain) := replace(domain, "-", "_")

# Access classification levels, lowest to highest (schemas/common.schema.json#/$defs/classification).
classification_rank := {"public": 0, "internal": 1, "confidential": 2, "restricted": 3}

# True when `level` is confidential or above.
at_least_confidential(level) if classification_rank[level] >= 2

# The JSON pointer of an output port, a column of it, or an SLO of it.
port_pointer(i) := sprintf("/spec/outputPorts/%d", [i])

column_pointer(i, j) := sprintf("/spec/outputPorts/%d/schema/%d", [i, j])

# The column of output port `port` named `name`, if any.
column(port, name) := c if {
	some c in port.schema
	c.name == name
}

# Columns holding personal data.
pii_columns(port) := {c.name | some c in port.schema; c.classification in {"pii", "sensitive-pii"}}

# True when the product carries personal data in any port.
has_pii(product) if {
	some port in product.spec.outputPorts
	count(pii_columns(port)) > 0
}

# Dates are `YYYY-MM-DD` strings, so they order as text. `input.now` is today's date, passed in by Meshplane.
date_before(a, b) if a < b

# The global identifier types governance defines for polysemes (entities that cross domain boundaries).
global_identifiers := {
	"listener", "artist", "track", "album", "playlist", "podcast", "podcast-episode", "partner",
	"subscription", "device", "country", "campaign", "session", "payment", "label",
	"play-session", "listener-session",
}

# Indexes of the output ports that carry personal data.
pii_port_indexes(product) := {i | some i, port in product.spec.outputPorts; count(pii_columns(port)) > 0}

# Columns holding special-category personal data (GDPR Art. 9).
sensitive_pii_columns(port) := {c.name | some c in port.schema; c.classification == "sensitive-pii"}

# The ids of the products the product's input ports read.
input_products(product) := {p.source.product | some p in product.spec.inputPorts; is_string(p.source.product)}

# True when an input port of the product reads an operational (or external) system.
reads_system(product) if {
	some p in product.spec.inputPorts
	is_string(p.source.system)
}

# The regulations the product declares, as a set (empty when none).
regulations(product) := {r | some r in object.get(product, ["spec", "policies", "regulations"], [])}

# Regulations that protect personal data.
privacy_regulations := {"GDPR", "CCPA", "LGPD", "APP", "HIPAA"}

# The JSON pointer of `key` under the object at `parent` (a pointer) when `obj` has it, else of `parent` itself:
# for a missing key, findings point at its parent object.
key_pointer(obj, parent, key) := sprintf("%s/%s", [parent, key]) if {
	is_object(obj)
	key in object.keys(obj)
} else := parent

# The pointer of `spec.policies.<key>`, or of the nearest existing parent.
policies_pointer(product, key) := key_pointer(product.spec.policies, "/spec/policies", key) if {
	is_object(product.spec.policies)
} else := "/spec"

# The major number of a semantic version such as `2.1.0` (undefined when not numeric).
major_version(v) := to_number(split(v, ".")[0]) if regex.match(`^[0-9]+\.`, v)

# Days in one unit of a simple ISO 8601 duration (months and years rounded: 30 and 365 days).
duration_unit_days := {"Y": 365, "M": 30, "W": 7, "D": 1}

# The length in days of a single-unit ISO 8601 date duration such as `P3Y`, `P13M`, `P90D` (undefined otherwise, e.g.
# for `infinite` or `P1Y6M`).
duration_days(d) := to_number(substring(d, 1, count(d) - 2)) * duration_unit_days[substring(d, count(d) - 1, 1)] if {
	is_string(d)
	regex.match(`^P[0-9]+[YMWD]$`, d)
}
