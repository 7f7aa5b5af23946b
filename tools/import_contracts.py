"""An import-linter contract the built-in kinds cannot say: each domain's tables are its own.

`fangkong.<domain>.models` may be imported only from inside `fangkong.<domain>` (and by the few modules
named in `allowed_importers`, such as the schema collector and the migrations). Domains are found by the
same convention as everywhere (`fangkong.domains`): a new domain is covered without editing the contract.
"""

from __future__ import annotations

import grimp
from importlinter import Contract, ContractCheck, fields, output

from fangkong.domains import NOT_DOMAINS  # core, policies, web: shared parts, not domains


class OwnModelsContract(Contract):
    type_name = "own_models"

    package = fields.StringField()
    allowed_importers = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        package = str(self.package)
        allowed = [str(a) for a in (self.allowed_importers or [])]  # type: ignore[attr-defined]
        violations = []
        for module in sorted(graph.modules):
            parts = module.split(".")
            if len(parts) != 3 or parts[0] != package or parts[2] != "models" or parts[1] in NOT_DOMAINS:
                continue
            owner = f"{package}.{parts[1]}"
            for importer in sorted(graph.find_modules_that_directly_import(module)):
                if importer == owner or importer.startswith(owner + "."):
                    continue
                if any(importer == a or importer.startswith(a + ".") for a in allowed):
                    continue
                details = graph.get_import_details(importer=importer, imported=module)
                lines = ", ".join(str(d["line_number"]) for d in details)
                violations.append(f"{importer} imports {module} (l. {lines})")
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for violation in check.metadata["violations"]:
            output.print_error(violation, bold=False)
            output.new_line()
        output.print("Read another domain's data through its service (e.g. registry.service.locations_selectable()).")
