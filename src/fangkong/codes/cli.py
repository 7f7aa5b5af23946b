"""`fangkong codes ...` commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="Health codes: recompute, keys, overrides, scan retention", no_args_is_help=True)
