#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Offline CSAF 2.0 schema validation with python3-jsonschema, as in shared/conformance/README.md:
#   csaf_validate.py <conformance/csaf dir> FILE...   -> one line per file: "FILE<TAB>valid" or "FILE<TAB>INVALID: ..."
# The three FIRST CVSS schemas are registered under the URL of the CSAF $ref and under their own id (with ?date),
# so nothing is fetched. Works with jsonschema 4.10 (Debian 12, RefResolver) and >= 4.18 (referencing).
import json
import os
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validator(csaf_dir):
    schema = load(os.path.join(csaf_dir, "csaf_json_schema.json"))
    cvss = {v: load(os.path.join(csaf_dir, "cvss-v%s.json" % v)) for v in ("2.0", "3.0", "3.1")}
    try:
        import referencing
        import referencing.jsonschema
    except ImportError:
        referencing = None
    if referencing is not None:
        registry = referencing.Registry()
        for v, s in cvss.items():
            resource = referencing.Resource.from_contents(s, default_specification=referencing.jsonschema.DRAFT4)
            for uri in ("https://www.first.org/cvss/cvss-v%s.json" % v, s.get("$id", s.get("id"))):
                registry = registry.with_resource(uri, resource)
        return jsonschema.Draft202012Validator(schema, registry=registry)
    store = {}
    for v, s in cvss.items():
        store["https://www.first.org/cvss/cvss-v%s.json" % v] = s
        store[s.get("$id", s.get("id"))] = s
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def main():
    val = validator(sys.argv[1])
    for path in sys.argv[2:]:
        errors = ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message) for e in val.iter_errors(load(path))]
        print("%s\t%s" % (path, "valid" if not errors else "INVALID: %s" % errors[:3]))


if __name__ == "__main__":
    main()
