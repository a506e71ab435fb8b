#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Offline validation of MISP events with python3-jsonschema:
#   misp_validate.py <conformance dir> FILE...   -> one line per file: "FILE<TAB>valid" or "FILE<TAB>INVALID: ..."
# Checks, for each file:
# * misp/schema.json (PyMISP's, draft-04). That schema predates MISP objects and allows no "Object" key in an event,
#   so the event is validated without its "Object" list, and each object is checked against its template below;
# * misp/describeTypes.json: every attribute's type exists and its category is one MISP allows for the type;
# * misp/objects/<name>/definition.json for each object: template uuid, each object_relation in the template with
#   the template's attribute type, relations not marked "multiple" once, requiredOneOf present;
# * rsit/misp: every tlp: tag is a value of the TLP taxonomy, every rsit: tag a class="type" of RSIT.
import copy
import json
import os
import re
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check(event_doc, conf):
    problems = []
    schema = load(os.path.join(conf, "misp", "schema.json"))
    types = load(os.path.join(conf, "misp", "describeTypes.json"))["result"]
    tlp = load(os.path.join(conf, "rsit", "misp", "tlp", "machinetag.json"))
    rsit = load(os.path.join(conf, "rsit", "misp", "rsit", "machinetag.json"))
    tlp_values = {p["value"] for p in tlp["predicates"]}
    rsit_values = {(v["predicate"], e["value"]) for v in rsit["values"] for e in v["entry"]}

    stripped = copy.deepcopy(event_doc)
    objects = stripped.get("Event", {}).pop("Object", [])
    validator = jsonschema.Draft4Validator(schema)
    problems += ["schema %s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
                 for e in validator.iter_errors(stripped)]

    def attribute(a, where):
        t, c = a.get("type"), a.get("category")
        if t not in types["types"]:
            problems.append("%s: type %r is not a MISP type" % (where, t))
        elif t not in types["category_type_mappings"].get(c, []):
            problems.append("%s: category %r does not allow type %r" % (where, c, t))

    event = stripped.get("Event", {})
    for i, a in enumerate(event.get("Attribute", [])):
        attribute(a, "Attribute[%d]" % i)
    for i, o in enumerate(objects):
        where = "Object[%d]" % i
        path = os.path.join(conf, "misp", "objects", o.get("name", ""), "definition.json")
        if not os.path.exists(path):
            problems.append("%s: no template %r" % (where, o.get("name")))
            continue
        template = load(path)
        if o.get("template_uuid") != template["uuid"]:
            problems.append("%s: template_uuid %r is not %r" % (where, o.get("template_uuid"), template["uuid"]))
        seen = {}
        for j, a in enumerate(o.get("Attribute", [])):
            aw = "%s.Attribute[%d]" % (where, j)
            attribute(a, aw)
            rel = a.get("object_relation")
            spec = template["attributes"].get(rel)
            if spec is None:
                problems.append("%s: relation %r is not in the %s template" % (aw, rel, o.get("name")))
                continue
            if a.get("type") != spec["misp-attribute"]:
                problems.append("%s: %s must be of type %s" % (aw, rel, spec["misp-attribute"]))
            seen[rel] = seen.get(rel, 0) + 1
            if seen[rel] > 1 and not spec.get("multiple"):
                problems.append("%s: %s given more than once" % (aw, rel))
        required = template.get("requiredOneOf", [])
        if required and not any(r in seen for r in required):
            problems.append("%s: none of %s" % (where, required))
    for i, tag in enumerate(event.get("Tag", [])):
        name = tag.get("name", "")
        if name.startswith("tlp:") and name[4:] not in tlp_values:
            problems.append("Tag[%d]: %r is not in the TLP taxonomy" % (i, name))
        m = re.fullmatch(r'rsit:([a-z-]+)="([a-z0-9-]+)"', name)
        if name.startswith("rsit:") and (not m or (m.group(1), m.group(2)) not in rsit_values):
            problems.append("Tag[%d]: %r is not an RSIT class and type" % (i, name))
    return problems


def main():
    conf = sys.argv[1]
    for path in sys.argv[2:]:
        problems = check(load(path), conf)
        print("%s\t%s" % (path, "valid" if not problems else "INVALID: %s" % problems[:5]))


if __name__ == "__main__":
    main()
