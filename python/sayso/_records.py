"""The shape of a record, for type checkers: the CLI's JSON line as Python objects."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, TypedDict


class Cue(TypedDict):
    """The reporting word (``said``, ``told``, ``according to``)."""

    text: str
    span: List[int]


class Speaker(TypedDict):
    name: str
    """The fullest name the document gives this source."""
    mention: str
    """The local mention the cue attaches to (``he``, ``Mr Kline``)."""
    span: List[int]
    char_span: List[int]
    kind: Literal["person", "organization", "description", "group"]
    resolved_by: Literal[
        "explicit", "alias", "pronoun", "description", "continuation", "unresolved"
    ]


class Organization(TypedDict):
    name: str
    acronym: Optional[str]
    government: bool
    """Whether the organization is (part of) the stance target."""


class Evidence(TypedDict):
    text: str
    span: List[int]
    weight: float
    rule: str
    """The rule that produced or changed the weight (``lexicon``, ``negation``)."""


class Stance(TypedDict):
    label: Literal["negative", "neutral", "positive"]
    score: float
    """In [-1, 1]; negative is against the target."""
    evidence: List[Evidence]


class Quote(TypedDict):
    text: str
    span: List[int]
    """Half-open UTF-8 byte offsets: ``text == document.encode()[start:end].decode()``."""
    char_span: List[int]
    """Half-open offsets in code points: ``text == document[start:end]``."""
    paragraph: int
    """0-based index of the paragraph the quote starts in."""
    sentence: int
    """0-based index of the sentence the quote starts in."""
    kind: Literal["direct", "mixed", "indirect"]
    cue: Optional[Cue]
    speaker: Optional[Speaker]
    organization: Optional[Organization]
    stance: Stance


class _Kept(TypedDict, total=False):
    meta: Dict[str, Any]
    """The kept fields of the input record (``analyze_file(keep=...)``), only then present."""


class Record(_Kept):
    """One document's record: the CLI's JSON line."""

    id: str
    quotes: List[Quote]
    error: Optional[str]
