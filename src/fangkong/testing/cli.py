"""`fangkong testing ...` commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="Nucleic-acid testing: rounds, sampling, results, recalls, coverage", no_args_is_help=True)
