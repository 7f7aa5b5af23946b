#!/usr/bin/env python3
"""Vendor the front-end libraries the web pages use into the package's static files.

    python3 scripts/vendor_assets.py          # install the pinned versions with npm, copy, record

Nothing is fetched at run time: the pages load these files from /static/vendor/. npm installs into
a temporary directory (no node_modules in the repository); we copy only the minified files and
their licences, and write VERSIONS.json with each file's sha256 so a review can see what changed.
Re-run after changing a pin below.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "src" / "fangkong" / "web" / "static" / "vendor"

# package -> (pinned version, {file in the package: name under vendor/})
# Licences are stored as *.txt so setuptools' package-data globs ship them with the wheel.
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "htmx.org": ("2.0.11", {
        "dist/htmx.min.js": "htmx/htmx.min.js",
        "LICENSE": "htmx/LICENSE.txt",
    }),
    # Swagger UI for /docs, so the API documentation also works offline.
    "swagger-ui-dist": ("5.35.0", {
        "swagger-ui-bundle.js": "swagger-ui/swagger-ui-bundle.js",
        "swagger-ui.css": "swagger-ui/swagger-ui.css",
        "LICENSE": "swagger-ui/LICENSE.txt",
        "NOTICE": "swagger-ui/NOTICE.txt",
        "swagger-ui-bundle.js.LICENSE.txt": "swagger-ui/swagger-ui-bundle.js.LICENSE.txt",
    }),
    # Charts of the tracing pages (transmission network, onset timeline, trajectory timeline).
    "echarts": ("6.1.0", {
        "dist/echarts.min.js": "echarts/echarts.min.js",
        "LICENSE": "echarts/LICENSE.txt",
        "NOTICE": "echarts/NOTICE.txt",
    }),
}

# Source maps are not shipped; drop the comment that would make browsers ask for them.
_SOURCE_MAP = re.compile(rb"\n?/[/*]# sourceMappingURL=[^\n]*\s*$")


def main() -> None:
    if not shutil.which("npm"):
        sys.exit("npm is needed to vendor the front-end libraries")
    # Keep the record of libraries vendored by other means (they are not re-fetched here).
    versions = VENDOR / "VERSIONS.json"
    record: dict[str, dict[str, object]] = json.loads(versions.read_text()) if versions.exists() else {}
    with tempfile.TemporaryDirectory(prefix="fangkong-vendor-") as tmp:
        subprocess.run(["npm", "init", "-y"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        specs = [f"{name}@{version}" for name, (version, _files) in PACKAGES.items()]
        subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", *specs],
                       cwd=tmp, check=True)
        for name, (version, files) in PACKAGES.items():
            package_dir = Path(tmp) / "node_modules" / name
            installed = json.loads((package_dir / "package.json").read_text())["version"]
            if installed != version:
                sys.exit(f"{name}: npm installed {installed}, expected {version}")
            hashes: dict[str, str] = {}
            for source, target in files.items():
                data = (package_dir / source).read_bytes()
                if target.endswith((".js", ".css")):
                    data = _SOURCE_MAP.sub(b"\n", data)
                destination = VENDOR / target
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data)
                hashes[target] = hashlib.sha256(data).hexdigest()
            record[name] = {"version": version, "files": hashes}
    (VENDOR / "VERSIONS.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    print(f"vendored {', '.join(f'{n}@{v}' for n, (v, _f) in PACKAGES.items())} into {VENDOR}")


if __name__ == "__main__":
    main()
