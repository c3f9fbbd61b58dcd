"""Audit action names: ``<entity>.<verb>`` in camelCase, e.g. ``needRule.update``.

Events recorded before the convention keep their stored names (the hash chain covers them and
is never rewritten); ``canonical`` maps those to today's names for display and filtering.
"""

from __future__ import annotations

import re

#: ``<entity>.<verb>``, each a camelCase word.
ACTION_RE = re.compile(r"^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$")

#: Old entity names whose camelCase is not mechanical.
_ENTITY_RENAMES = {"apikey": "apiKey"}


def _camel(words: list[str]) -> str:
    parts = [p for w in words for p in w.split("_") if p]
    return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def canonical(action: str) -> str:
    """Today's name of an action, also for names recorded before the convention.

    ``need_rule.update`` → ``needRule.update``, ``product.change_request.approve`` →
    ``productChangeRequest.approve``, ``alert.auto_resolved`` → ``alert.autoResolved``.
    A name without a dot (very early rows) is returned unchanged.
    """
    if "." not in action:
        return action
    *entity, verb = action.split(".")
    if len(entity) == 1 and entity[0] in _ENTITY_RENAMES:
        entity = [_ENTITY_RENAMES[entity[0]]]
    if ACTION_RE.match(action) and len(entity) == 1 and entity[0] == action.split(".")[0]:
        return action
    name = _camel(entity)
    return f"{_ENTITY_RENAMES.get(name, name)}.{_camel([verb])}"


def search_spellings(text: str) -> set[str]:
    """Substrings to look for when a user searches actions by today's name.

    ``needRule`` also finds ``need_rule.update``; ``productChangeRequest`` also finds
    ``product.change_request.approve`` (searches are case-insensitive, so ``apiKey`` finds
    ``apikey``).
    """
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", text).lower()
    return {text, snake, snake.replace("_", ".", 1)}
