"""The same regular expression with its alternations shaped as prefix trees.

Python's regex engine tries the alternatives of a group one after the other at every
position: "(?:clashes|gunfights?|gunmen|firefights?|…)" costs a test per alternative
per character. Grouped by their first character ("(?:clashes|g(?:unfights?|unmen)|
f…)"), only the alternatives that can start at a position are tried, in the order
they were written, so every match is the one the pattern as written finds; matching
is several times faster for the extraction patterns' long lists of words.

Alternatives are grouped by character (or by a set of literal characters, "[Aa]")
only within a run of alternatives that each start with one, and whose sets are equal
or apart; an alternative that can start otherwise keeps its place between the runs,
so the order of the alternatives that can match at one position never changes.
Neighbouring alternatives that open with the same boundary ("\\bwithout …|\\bpower …")
share it, and one that opens with a group ("(?:a|b)c") or an optional part is opened
up first ("ac|bc").
"""

from __future__ import annotations

import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # the engine's own parse trees
from typing import Any

_Item = tuple[Any, Any]
_MAX_ALTERNATIVES = 400  # a group spread over its neighbours ("(?:a|b) (?:c|d)") grows no bigger than this


def factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled with its alternations factored; it matches what `pattern`
    matches, at the same places, with the same groups. Compiled from the engine's parse
    tree, it has no source text (`.pattern` is None): keep the original for that."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    state = tree.state
    tree.data = _sequence(tree.data, state, bool(state.flags & re.IGNORECASE))
    fast: re.Pattern[str] = _compiler.compile(tree, pattern.flags)
    return fast


def _sequence(items: list[_Item], state: Any, ignorecase: bool) -> list[_Item]:
    out: list[_Item] = []
    for op, av in items:
        if op is _constants.BRANCH:
            alternatives = [_sequence(list(alt.data), state, ignorecase) for alt in av[1]]
            out.extend(_branch(alternatives, state, ignorecase))
        elif op is _constants.SUBPATTERN:
            group, add, remove, sub = av
            scoped = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            out.append((op, (group, add, remove, _sub(state, _sequence(list(sub.data), state, scoped)))))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, high, sub = av
            out.append((op, (low, high, _sub(state, _sequence(list(sub.data), state, ignorecase)))))
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            direction, sub = av
            out.append((op, (direction, _sub(state, _sequence(list(sub.data), state, ignorecase)))))
        elif op is _constants.ATOMIC_GROUP:
            out.append((op, _sub(state, _sequence(list(av.data), state, ignorecase))))
        else:
            out.append((op, av))
    return out


def _branch(alternatives: list[list[_Item]], state: Any, ignorecase: bool) -> list[_Item]:
    """The items that stand for a group of `alternatives`: one sequence where only one is left."""
    grouped: list[list[_Item]] = []
    run: dict[frozenset[str], list[list[_Item]]] = {}
    for alternative in _merge_boundaries(_spread(alternatives, state), state, ignorecase):
        key = _key(alternative, ignorecase)
        if key is None:
            grouped.extend(_trie(run, state, ignorecase))
            run = {}
            grouped.append(alternative)
            continue
        if key not in run and not all(key.isdisjoint(other) for other in run):
            grouped.extend(_trie(run, state, ignorecase))  # "[Aa]n" after "a…": both may start here
            run = {}
        run.setdefault(key, []).append(alternative)
    grouped.extend(_trie(run, state, ignorecase))
    if len(grouped) == 1:
        return grouped[0]
    return [(_constants.BRANCH, (None, [_sub(state, alt) for alt in grouped]))]


def _trie(run: dict[frozenset[str], list[list[_Item]]], state: Any, ignorecase: bool) -> list[list[_Item]]:
    """Each first character's alternatives as one: the character, then a group of what follows it."""
    return [
        alternatives[0]
        if len(alternatives) == 1
        else [alternatives[0][0], *_branch([alt[1:] for alt in alternatives], state, ignorecase)]
        for alternatives in run.values()
    ]


def _merge_boundaries(alternatives: list[list[_Item]], state: Any, ignorecase: bool) -> list[list[_Item]]:
    """Neighbouring alternatives that open with the same boundary ("\\bwithout …|\\bpower …")
    as one: the boundary, then a group of what follows it. The boundary turns away most
    positions in one test."""
    merged: list[list[_Item]] = []
    index = 0
    while index < len(alternatives):
        head = alternatives[index][:1]
        end = index + 1
        while head and head[0][0] is _constants.AT and end < len(alternatives) and alternatives[end][:1] == head:
            end += 1
        if end - index > 1:
            merged.append([*head, *_branch([alt[1:] for alt in alternatives[index:end]], state, ignorecase)])
        else:
            merged.append(alternatives[index])
        index = end
    return merged


def _spread(alternatives: list[list[_Item]], state: Any) -> list[list[_Item]]:
    """Alternatives that open with a group of alternatives or an optional part, opened
    up, in the order they are tried: "(?:a|b)c" is "ac|bc", "(?:counter-)?offensive" is
    "counter-offensive|offensive"; while the count stays small and no capturing group
    would be copied."""
    spread: list[list[_Item]] = []
    pending = list(reversed(alternatives))
    while pending:
        alternative = pending.pop()
        options = _options(alternative, state)
        if options is None or len(spread) + len(pending) + len(options) > _MAX_ALTERNATIVES:
            spread.append(alternative)
        else:
            pending.extend(reversed(options))
    return spread


def _options(alternative: list[_Item], state: Any) -> list[list[_Item]] | None:
    if not alternative or (state.groups > 1 and _captures(alternative)):  # the whole match is group 0
        return None
    (op, av), tail = alternative[0], alternative[1:]
    if op is _constants.BRANCH:
        return [[*option.data, *tail] for option in av[1]]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and (av[0], av[1]) == (0, 1) and av[2].getwidth()[0]:
        once, never = [*av[2].data, *tail], list(tail)
        return [once, never] if op is _constants.MAX_REPEAT else [never, once]
    return None


def _captures(items: list[_Item]) -> bool:
    for op, av in items:
        if op is _constants.SUBPATTERN and (av[0] is not None or _captures(list(av[3].data))):
            return True
        if op is _constants.BRANCH and any(_captures(list(alt.data)) for alt in av[1]):
            return True
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and _captures(
            list(av[2].data)
        ):
            return True
        if op in (_constants.ASSERT, _constants.ASSERT_NOT) and _captures(list(av[1].data)):
            return True
        if op is _constants.ATOMIC_GROUP and _captures(list(av.data)):
            return True
        if op in (_constants.GROUPREF, _constants.GROUPREF_EXISTS):
            return True
    return False


def _key(alternative: list[_Item], ignorecase: bool) -> frozenset[str] | None:
    """What an alternative is grouped by: the characters it may start with, a literal or
    a set of literals ("[Aa]"), in lower case where case is ignored; None where it may
    start with something else. Alternatives whose keys do not meet cannot both match
    at one position."""
    if not alternative:
        return None
    op, av = alternative[0]
    if op is _constants.LITERAL:
        codes = [av]
    elif op is _constants.IN and all(member_op is _constants.LITERAL for member_op, _ in av):
        codes = [code for _, code in av]
    else:
        return None
    chars = [chr(code) for code in codes]
    if not ignorecase:
        return frozenset(chars)
    if not all(char.isascii() for char in chars):
        return None  # "ſ" is an "s" where case is ignored
    return frozenset(char.lower() for char in chars)


def _sub(state: Any, items: list[_Item]) -> Any:
    return _parser.SubPattern(state, items)
