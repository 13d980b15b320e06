"""Type stubs of the Rust extension module (re-exported by ``sayso``)."""

import os
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple, Union, final

from ._records import Record

__all__ = ["Pipeline", "SaysoError", "_records_csv", "_csv_columns"]

_StrPath = Union[str, "os.PathLike[str]"]

class SaysoError(ValueError):
    """sayso cannot be set up from what it was given (e.g. a bad target file)."""

@final
class Pipeline:
    """Finds every quotation in news texts; built once, reusable, thread-safe."""

    def __new__(cls, target: Optional[_StrPath] = None, join_interrupted: bool = False) -> "Pipeline": ...
    def analyze(self, text: str, id: str = "") -> Record: ...
    def analyze_many(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        ids: Optional[Sequence[str]] = None,
    ) -> List[Record]: ...
    def analyze_file(
        self,
        path: _StrPath,
        id_field: str = "id",
        text_field: str = "text",
        *,
        jobs: Optional[int] = None,
        max_bytes: int = 10_000_000,
        extensions: Sequence[str] = ...,
        encoding: str = "utf-8",
        keep: Sequence[str] = (),
    ) -> Iterator[Record]: ...
    @staticmethod
    def _with_target_text(target_text: Optional[str], join_interrupted: bool = False) -> "Pipeline": ...
    def _analyze_arrow_csv(
        self,
        ids: Tuple[Optional[bytes], bytes, bytes, int, int, bool],
        texts: Tuple[Optional[bytes], bytes, bytes, int, int, bool],
        jobs: int = 1,
    ) -> bytes: ...

def _records_csv(records: Iterable[Record]) -> bytes: ...
def _csv_columns() -> List[str]: ...
