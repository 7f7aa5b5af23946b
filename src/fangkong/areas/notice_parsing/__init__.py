"""The notice parser's stages; ``fangkong.areas.parser`` is its entry (parse_notice, parse_file).

Modules are layered, each importing only those before it: terms, divisions, dates, places,
normalizing, tables, sentences, sections, metadata, changes, lines (docs/decisions/0023)."""
