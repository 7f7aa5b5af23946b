"""The `fangkong` command line: database, demo city, server, imports, notices, areas, cases.

Commands act as the system actor (``core.scope.system_actor``); the services audit every write.
A service's refusal (FangkongError) prints its message in red and exits with code 1, no traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.table import Table

from fangkong import domains
from fangkong.core.cli import DatabaseOption, clean_errors, console, use_database

app = typer.Typer(help="Fangkong 防控 — city epidemic prevention and control platform", no_args_is_help=True)
db_app = typer.Typer(help="Database schema (Alembic)", no_args_is_help=True)
app.add_typer(db_app, name="db")
audit_app = typer.Typer(help="Audit log tamper evidence (core.auditchain, docs/security.md)", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
accounts_app = typer.Typer(help="Accounts made by the administrator (core.accounts, docs/security.md)",
                            no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
secret_app = typer.Typer(help="The platform secret (core.config, docs/security.md)", no_args_is_help=True)
app.add_typer(secret_app, name="secret")
for _domain, _module in domains.modules("cli"):  # each domain's command groups, found by convention
    for _name, _group in _module.COMMANDS.items():
        app.add_typer(_group, name=_name)


@db_app.command("upgrade")
def db_upgrade(database: str | None = DatabaseOption) -> None:
    """Create or upgrade the schema to the newest migration."""
    from fangkong.core.migrate import upgrade

    upgrade(use_database(database))
    console.print("[green]schema is at head[/green]")


@db_app.command("revision")
def db_revision(
    message: str = typer.Option(..., "-m", "--message", help="What the migration does"),
    empty: bool = typer.Option(False, "--empty", help="An empty migration to fill by hand (no comparison)"),
    database: str | None = DatabaseOption,
) -> None:
    """Write the next migration (src/fangkong/migrations/versions/NNNN_*.py) from the difference between the
    models and the database (upgraded to head first). Read it, fix it by hand where needed, test both databases."""
    from fangkong.core.migrate import revision, upgrade

    url = use_database(database)
    if not empty:
        upgrade(url)
    path = revision(message, url, autogenerate=not empty)
    console.print(f"[green]written {path}[/green]")


@db_app.command("harden")
def db_harden(
    app_role: str = typer.Option(..., "--app-role", help="The role the application connects as"),
    owner_role: str = typer.Option("fangkong_audit_owner", "--owner-role", help="Owner of the audit tables"),
    database: str | None = DatabaseOption,
) -> None:
    """PostgreSQL: a separate role owns the audit tables; the application's role may only SELECT and INSERT there
    (no UPDATE, DELETE, TRUNCATE). Run as a superuser after `fangkong db upgrade` (core.hardening)."""
    from fangkong.core.db import get_engine
    from fangkong.core.hardening import harden

    url = use_database(database)
    with clean_errors(), get_engine(url).begin() as connection:
        done = harden(connection, app_role, owner_role)
    for warning in done.warnings:
        console.print(f"[yellow]{warning}[/yellow]", highlight=False, soft_wrap=True)
    console.print(f"[green]{done.owner} owns audit_log and audit_seal; {done.app_role} may SELECT and INSERT there "
                  "only[/green]", highlight=False)


@audit_app.command("seal")
def audit_seal(database: str | None = DatabaseOption) -> None:
    """Seal the audit entries written since the last seal (run every minute, e.g. from a systemd timer)."""
    from fangkong.core import auditchain
    from fangkong.core.db import transaction

    with clean_errors(), transaction(use_database(database)) as db:
        made = auditchain.seal(db)
    console.print(f"[green]sealed up to entry {made.upto_id} ({made.entries} entries)[/green]" if made
                  else "nothing new to seal")


@audit_app.command("verify")
def audit_verify(database: str | None = DatabaseOption) -> None:
    """Check every audit entry's MAC and every seal's hash chain; exit 1 if any entry was forged, changed or
    removed."""
    from fangkong.core import auditchain
    from fangkong.core.db import transaction

    with clean_errors(), transaction(use_database(database)) as db:
        checked, findings = auditchain.verify(db)
    tampered = [f for f in findings if f.kind != "unprotected"]
    for finding in findings:
        colour = "yellow" if finding.kind == "unprotected" else "red"
        console.print(f"[{colour}]{finding.kind}: {finding.detail}[/{colour}]", highlight=False, soft_wrap=True)
    console.print(f"{checked} entries checked, {len(tampered)} problems")
    if tampered:
        raise typer.Exit(1)


@accounts_app.command("create")
def accounts_create(
    username: str = typer.Argument(...),
    role: str = typer.Option(..., "--role"),
    name: str = typer.Option("", "--name", help="Display name"),
    jurisdiction: int | None = typer.Option(None, "--jurisdiction", help="Place id the account answers for"),
    venue: int | None = typer.Option(None, "--venue", help="Venue, site or lab id"),
    person: int | None = typer.Option(None, "--person", help="A resident's own person id"),
    database: str | None = DatabaseOption,
) -> None:
    """Make an account with a temporary password (printed once); its holder must change it at first sign-in."""
    from fangkong.core import accounts
    from fangkong.core.cli import actor, session

    with session(database) as db:
        made = accounts.create_by_administrator(db, actor("accounts create"), username=username, role=role,
                                                display_name=name or username, jurisdiction_id=jurisdiction,
                                                venue_id=venue, person_id=person)
    console.print(f"[green]{made.username} ({made.role}) temporary password: {made.temporary_password}[/green]",
                  highlight=False)


@accounts_app.command("import")
def accounts_import(
    file: Path = typer.Argument(..., exists=True, dir_okay=False),
    out: Path = typer.Option(..., "--out", help="CSV of usernames and temporary passwords (written mode 0600)"),
    database: str | None = DatabaseOption,
) -> None:
    """Accounts from a CSV / .xlsx (username, role, display_name, jurisdiction_id, venue_id, person_id), whole or
    nothing; each must change its temporary password at first sign-in."""
    import csv

    from fangkong.core import accounts, spreadsheet
    from fangkong.core.cli import actor, session

    table = spreadsheet.read_rows(file.name, file.read_bytes())
    header = [str(cell or "").strip() for cell in table[0][1]] if table else []
    rows = [{name: "" if cell is None else str(cell) for name, cell in zip(header, cells, strict=False)}
            for _number, cells in table[1:]]
    with session(database) as db:
        made = accounts.import_accounts(db, actor("accounts import"), rows)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["username", "role", "temporary_password"])
            writer.writerows([m.username, m.role, m.temporary_password] for m in made)
    console.print(f"[green]{len(made)} accounts made; temporary passwords in {out}[/green]")


@accounts_app.command("reset-password")
def accounts_reset_password(username: str = typer.Argument(...), reason: str = typer.Option(..., "--reason"),
                            database: str | None = DatabaseOption) -> None:
    """A new temporary password (to change at the next sign-in); the account's logins end. Audited."""
    from fangkong.core import accounts
    from fangkong.core.cli import actor, session

    with session(database) as db:
        made = accounts.reset_password(db, actor("accounts reset-password"), username, reason)
    console.print(f"[green]{made.username} temporary password: {made.temporary_password}[/green]", highlight=False)


@accounts_app.command("reset-totp")
def accounts_reset_totp(username: str = typer.Argument(...), reason: str = typer.Option(..., "--reason"),
                        database: str | None = DatabaseOption) -> None:
    """Remove a lost authenticator: the account signs in with its password and may enrol again. Audited."""
    from fangkong.core import accounts
    from fangkong.core.cli import actor, session

    with session(database) as db:
        accounts.reset_totp(db, actor("accounts reset-totp"), username, reason)
    console.print(f"[green]{username}: authenticator removed; its logins ended[/green]")


@secret_app.command("rotate")
def secret_rotate(database: str | None = DatabaseOption) -> None:
    """Rotate the platform secret: a new one signs from the next restart; the old one keeps verifying venue
    device keys and audit MACs (docs/security.md). An installation with a generated secret file (the demo) is
    rotated in place; with FANGKONG_SECRET_KEY set, the new value and the two settings to change are printed."""
    import secrets as random_secrets

    from fangkong.core import audit
    from fangkong.core.cli import actor
    from fangkong.core.config import get_settings, rotate_secret_files
    from fangkong.core.db import transaction

    url = use_database(database)
    settings = get_settings()
    if settings.secret_env:
        new = random_secrets.token_urlsafe(48)
        previous = ",".join([settings.secret_env, *settings.previous_secrets])
        console.print("Set in the servers' environment (mode 0600), restart them, and keep the old value listed "
                      "until every login of the last 12 h has ended:", highlight=False)
        console.print(f"  FANGKONG_SECRET_KEY={new}\n  FANGKONG_SECRET_KEY_PREVIOUS={previous}",
                      highlight=False, soft_wrap=True)
        return
    rotate_secret_files(settings.key_directory)
    get_settings.cache_clear()
    with clean_errors(), transaction(url) as db:
        audit.record(db, actor("secret rotate"), "secret_rotated", "platform", None,
                     {"previous": len(get_settings().previous_secrets)})
    console.print(f"[green]rotated: restart the servers; after {settings.session_hours} h run "
                  "`fangkong secret retire-previous`[/green]")


@secret_app.command("retire-previous")
def secret_retire_previous(database: str | None = DatabaseOption) -> None:
    """After the longest login has passed: previous secrets stop verifying device keys and only verify old audit
    entries (`fangkong audit verify`)."""
    from fangkong.core.config import get_settings, retire_previous_files

    use_database(database)
    settings = get_settings()
    if settings.secret_env:
        console.print("Move the values of FANGKONG_SECRET_KEY_PREVIOUS to FANGKONG_SECRET_KEY_RETIRED (read only by "
                      "`fangkong audit verify`) and restart.", highlight=False)
        return
    moved = retire_previous_files(settings.key_directory)
    console.print(f"[green]{moved} secret(s) retired: restart the servers[/green]")


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    database: str | None = DatabaseOption,
    workers: int = typer.Option(1, "--workers", help="Server processes; more than 1 runs Granian (one a core)"),
) -> None:
    """Serve the platform (pages and JSON API), with the venue-check fast path in front (web.served, codes.fastpath)."""
    import uvicorn

    from fangkong.core.config import SecretMissing, require_secret

    use_database(database)
    try:
        require_secret()  # refuse to start on no secret or a weak one, and say how to set one
    except SecretMissing as exc:
        console.print(f"[red]{exc}[/red]", soft_wrap=True, highlight=False)
        raise typer.Exit(1) from None
    served = "fangkong.web.served:create_served_app"
    if workers > 1:  # production-like: Granian's worker processes share the port
        granian = Path(sys.executable).parent / "granian"
        os.execv(granian, [str(granian), "--interface", "asgi", "--factory", "--host", host, "--port", str(port),
                           "--workers", str(workers), "--no-ws", served])
    uvicorn.run(served, factory=True, host=host, port=port, log_level="info")


@app.command("demo")
def demo(
    population: int = typer.Option(20000, "--population", "-n", help="Persons in the demo city"),
    seed: int = typer.Option(2022, "--seed"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    database: str | None = DatabaseOption,
    no_serve: bool = typer.Option(False, "--no-serve", help="Build the demo city and exit"),
) -> None:
    """Migrate, build the demo city if the database has none, print the logins, serve."""
    from fangkong.core.config import get_settings
    from fangkong.core.migrate import upgrade
    from fangkong.drill.city import city_exists, generate_city
    from fangkong.drill.demo import DEMO_PASSWORD, demo_logins, load_history, seed_today

    os.environ["FANGKONG_DEMO"] = "1"  # a demo installation generates its own secret beside the database
    get_settings.cache_clear()
    url = use_database(database)
    upgrade(url)
    with clean_errors():
        if not city_exists(url):
            generate_city(url, population=population, seed=seed, replace=False, progress=True)
        # Both are no-ops on a database that has them (a demo city built by an earlier version).
        history = load_history(url)
        today = seed_today(url)
    if today is not None:
        console.print(f"[green]采样点 {today.sites} sampling sites, 检测机构 {today.labs} labs, "
                      f"重点人群 {today.key_group_members} key-group members, 今日区域核酸 today's round "
                      f"#{today.round_id}; 非绿码 {today.coded} persons not green[/green]")
    if history.notices:
        console.print(f"[green]2022年通告 {history.published}/{history.notices} 份已发布 notices published, "
                      f"{history.cases} 例病例 case reports[/green]")
        for skipped in history.skipped:
            console.print(f"[yellow]演示历史未载入 not loaded: {skipped}[/yellow]")
    table = Table(title=f"演示账号 Demo logins (password 密码: {DEMO_PASSWORD})")
    for column in ("角色 role", "用户名 username", "辖区 jurisdiction"):
        table.add_column(column)
    for login in demo_logins(url):
        table.add_row(login.role_label, login.username, login.jurisdiction)
    console.print(table)
    console.print(f"[bold green]Fangkong 防控平台: http://{host}:{port}/[/bold green]  (API docs: /docs)")
    if not no_serve:
        serve(host=host, port=port, database=None, workers=1)


if __name__ == "__main__":
    app()
