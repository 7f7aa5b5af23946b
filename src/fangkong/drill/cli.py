"""`fangkong city ...`: the synthetic demo city."""

from __future__ import annotations

import typer

from fangkong.core.cli import DatabaseOption, clean_errors, console, use_database

city_app = typer.Typer(help="The synthetic demo city", no_args_is_help=True)
COMMANDS = {"city": city_app}


@city_app.command("generate")
def city_generate(
    population: int = typer.Option(20000, "--population", "-n", min=1, help="Number of persons"),
    seed: int = typer.Option(2022, "--seed", help="Random seed: the same seed builds the same city"),
    database: str | None = DatabaseOption,
    replace: bool = typer.Option(False, "--replace", help="Empty the registry first if it holds a city"),
) -> None:
    """Build the synthetic Taiyuan: districts, streets, communities, grids, compounds, people, venues."""
    from fangkong.drill.city import generate_city

    with clean_errors():
        report = generate_city(use_database(database), population=population, seed=seed, replace=replace,
                               progress=True)
    console.print(f"[green]{report.persons:,} persons in {report.households:,} households, "
                  f"{report.grids:,} grids, {report.venues:,} venues — {report.seconds:.1f} s[/green]")
