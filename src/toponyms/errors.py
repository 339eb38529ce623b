"""Exceptions raised by toponyms. Every one derives from :class:`ToponymsError`."""

from __future__ import annotations

from dataclasses import dataclass


class ToponymsError(Exception):
    """Base class of every error toponyms raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a data file, located by file, line, place id and field.

    For example:

        >>> str(Problem("mine.yaml", 3, "x", "names", "must be a non-empty list of names"))
        "mine.yaml:3, id 'x', field 'names': must be a non-empty list of names"
    """

    file: str
    line: int | None
    place_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.place_id:
            parts.append(f"id {self.place_id!r}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return f"{', '.join(parts)}: {self.message}"


class DataError(ToponymsError, ValueError):
    """A gazetteer file is malformed. ``problems`` lists every problem found, not only the first.

    For example:

        >>> error = DataError([Problem("names.yaml", 12, "shusha", "kind", "unknown kind 'citty'")])
        >>> print(error)
        names.yaml:12, id 'shusha', field 'kind': unknown kind 'citty'
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        lines = [str(problem) for problem in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"... and {len(self.problems) - 20} more problems")
        super().__init__("\n".join(lines))


class UnknownPlaceError(ToponymsError, LookupError):
    """A place id that the gazetteer does not hold."""

    def __init__(self, place_id: str) -> None:
        self.place_id = place_id
        super().__init__(f"no place with id {place_id!r}")
