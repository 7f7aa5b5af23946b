"""`fangkong isolation`: add a site, import its room list (a refused file writes nothing and exits 1),
list the sites, print the forecast. Both databases."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from fangkong.cli import app

runner = CliRunner()


def test_site_rooms_and_forecast_from_the_command_line(db_url: str, tmp_path: Path) -> None:
    added = runner.invoke(app, ["isolation", "add-site", "并州饭店", "--state", "requisitioned", "--database", db_url])
    assert added.exit_code == 0, added.output
    site_id = added.output.split()[1].rstrip(":")
    bad = tmp_path / "bad.csv"
    bad.write_bytes("房间号,楼层,床位数\n101,1,2\n102,一楼,1\n".encode("gb18030"))
    refused = runner.invoke(app, ["isolation", "import-rooms", site_id, str(bad), "--database", db_url])
    assert refused.exit_code == 1 and "nothing imported" in refused.output
    good = tmp_path / "good.csv"
    good.write_bytes("房间号,楼层,床位数\n101,1,2\n102,1,1\n".encode("gb18030"))
    imported = runner.invoke(app, ["isolation", "import-rooms", site_id, str(good), "--database", db_url])
    assert imported.exit_code == 0 and "2 rooms imported" in imported.output
    listed = runner.invoke(app, ["isolation", "sites", "--database", db_url])
    assert "并州饭店" in listed.output and "requisitioned" in listed.output
    forecast = runner.invoke(app, ["isolation", "forecast", "--database", db_url])
    assert forecast.exit_code == 0 and "contacts_per_case" in forecast.output
    swept = runner.invoke(app, ["isolation", "home-sampling", "--database", db_url])
    assert swept.exit_code == 0 and "home-sampling rounds" in swept.output
