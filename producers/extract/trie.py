"""One regular expression for many literal names, shaped as a prefix tree.

An alternation of a thousand names makes the regex engine try each name at every
position; the same names as a tree ("Kh(?:ar(?:kiv|tum)|erson)") try one branch per
character, so scanning a text for every alias costs about as much as for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, the longest where several start at one place."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]  # a recursive mapping
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branch(root) if root else "(?!)"


def _branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = _END in node
    options = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char != _END]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if ends:
        return f"(?:{body})?" if len(options) == 1 and len(body) > 1 else f"{body}?"
    return body
