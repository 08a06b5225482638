# The Rust half of fosx (python/src/lib.rs); `fosx` is the API to use.
from typing import Optional, Tuple, Union

VERSION: str

def validate_bytes(
    data: bytes, name: Optional[str], as_of: str, lang: str, strict: bool
) -> Tuple[str, bool]: ...
def validate_path(
    path: str, name: Optional[str], as_of: str, lang: str, strict: bool
) -> Tuple[str, bool]: ...
def convert_bytes(
    data: bytes, name: Optional[str], to: str, as_of: str, lang: str, strict: bool
) -> Tuple[str, Union[bytes, str]]: ...
def convert_path(
    path: str, name: Optional[str], to: str, as_of: str, lang: str, strict: bool
) -> Tuple[str, Union[bytes, str]]: ...
def template_bytes(
    doc_type: str, to: str, example: bool, lang: str
) -> Tuple[str, Union[bytes, str]]: ...
