"""Survey questions and answers: validating both, turning answers into feedback, and adding
them up per question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from backend.domains.customers.feedback import LATEST_COMMENTS, TEXT_MAX, is_int, nps_score
from backend.errors import ErrorCode, FieldError

QUESTIONS_MAX = 50
QUESTION_TEXT_MAX = 500
OPTIONS_MAX = 20
OPTION_MAX = 200
QUESTION_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


class QuestionKind(StrEnum):
    """What kind of answer a survey question takes."""

    RATING = "RATING"
    NPS = "NPS"
    TEXT = "TEXT"
    CHOICE = "CHOICE"


QUESTION_KINDS = tuple(k.value for k in QuestionKind)


def check_questions(
    questions: Any, path: str = "questions"
) -> tuple[list[dict[str, Any]], list[FieldError]]:
    """Validate survey questions and return them normalised.

    A question is ``{id, text, kind: RATING|NPS|TEXT|CHOICE, options?, required}``; ids are
    unique, CHOICE questions have 2–20 distinct options and only they have options.
    """
    errors: list[FieldError] = []
    if not isinstance(questions, list):
        errors.append(
            FieldError(ErrorCode.INVALID, "Questions are a list of question objects.", path)
        )
        return [], errors
    if not 1 <= len(questions) <= QUESTIONS_MAX:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "A survey has 1 to {max} questions.",
                path,
                (("max", QUESTIONS_MAX),),
            )
        )
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, q in enumerate(questions):
        at = f"{path}.{i}"
        if not isinstance(q, dict):
            errors.append(FieldError(ErrorCode.INVALID, "A question is an object.", at))
            continue
        unknown = sorted(set(q) - {"id", "text", "kind", "options", "required"})
        if unknown:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Unknown question fields: {fields}.",
                    at,
                    (("fields", ", ".join(unknown)),),
                )
            )
        qid = q.get("id")
        if not isinstance(qid, str) or not QUESTION_ID_RE.match(qid):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A question id is 1–40 characters of A-Z, a-z, 0-9, '_' and '-'.",
                    f"{at}.id",
                )
            )
        elif qid in seen:
            errors.append(
                FieldError(ErrorCode.DUPLICATE, "Question ids must be unique.", f"{at}.id")
            )
        else:
            seen.add(qid)
        text = q.get("text")
        if not isinstance(text, str) or not 1 <= len(text.strip()) <= QUESTION_TEXT_MAX:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Question text is 1–{max} characters.",
                    f"{at}.text",
                    (("max", QUESTION_TEXT_MAX),),
                )
            )
        kind = q.get("kind")
        if kind not in QUESTION_KINDS:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A question kind is RATING, NPS, TEXT or CHOICE.",
                    f"{at}.kind",
                )
            )
        options = q.get("options")
        if kind == "CHOICE":
            if (
                not isinstance(options, list)
                or not 2 <= len(options) <= OPTIONS_MAX
                or not all(
                    isinstance(o, str) and 1 <= len(o.strip()) <= OPTION_MAX for o in options
                )
                or len({o.strip() for o in options}) != len(options)
            ):
                errors.append(
                    FieldError(
                        ErrorCode.INVALID,
                        "A choice question has 2 to {max} different options of at most 200 characters.",
                        f"{at}.options",
                        (("max", OPTIONS_MAX),),
                    )
                )
        elif options not in (None, []):
            errors.append(
                FieldError(
                    ErrorCode.INVALID, "Only choice questions have options.", f"{at}.options"
                )
            )
        required = q.get("required", False)
        if not isinstance(required, bool):
            errors.append(
                FieldError(ErrorCode.INVALID, "Required is true or false.", f"{at}.required")
            )
        out.append(
            {
                "id": qid,
                "text": text.strip() if isinstance(text, str) else text,
                "kind": kind,
                "options": [o.strip() for o in options]
                if kind == "CHOICE"
                and isinstance(options, list)
                and all(isinstance(o, str) for o in options)
                else [],
                "required": bool(required),
            }
        )
    return out, errors


def check_answers(
    questions: list[dict[str, Any]], answers: Any, path: str = "answers"
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate answers ``{questionId: value}`` against the questions and normalise them.

    RATING takes a whole number 1–5, NPS 0–10, TEXT a string of at most 5000 characters,
    CHOICE one of the options. Required questions must be answered; null or an empty text
    counts as not answered; unknown question ids are refused.
    """
    errors: list[FieldError] = []
    if not isinstance(answers, dict):
        errors.append(
            FieldError(ErrorCode.INVALID, "Answers are an object of question id to answer.", path)
        )
        return {}, errors
    by_id = {q["id"]: q for q in questions}
    for key in sorted(set(answers) - set(by_id)):
        errors.append(
            FieldError(ErrorCode.INVALID, "No such question in this survey.", f"{path}.{key}")
        )
    out: dict[str, Any] = {}
    for q in questions:
        at = f"{path}.{q['id']}"
        value: Any = answers.get(q["id"])
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if q["required"]:
                errors.append(FieldError(ErrorCode.REQUIRED, "This question must be answered.", at))
            continue
        kind = q["kind"]
        if kind == "RATING" and not (is_int(value) and 1 <= value <= 5):
            errors.append(
                FieldError(ErrorCode.INVALID, "A rating is a whole number from 1 to 5.", at)
            )
        elif kind == "NPS" and not (is_int(value) and 0 <= value <= 10):
            errors.append(
                FieldError(ErrorCode.INVALID, "An NPS answer is a whole number from 0 to 10.", at)
            )
        elif kind == "TEXT" and not (isinstance(value, str) and len(value) <= TEXT_MAX):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A text answer is a string of at most {max} characters.",
                    at,
                    (("max", TEXT_MAX),),
                )
            )
        elif kind == "CHOICE" and value not in q["options"]:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Choose one of: {options}.",
                    at,
                    (("options", ", ".join(q["options"])),),
                )
            )
        else:
            out[q["id"]] = value
    return out, errors


def feedback_from_answers(
    questions: list[dict[str, Any]], answers: dict[str, Any]
) -> dict[str, Any]:
    """The rating, NPS and comment a survey response carries into its feedback row: the first
    RATING and NPS answers, and the TEXT answers joined."""
    rating = next(
        (answers[q["id"]] for q in questions if q["kind"] == "RATING" and q["id"] in answers), None
    )
    nps = next(
        (answers[q["id"]] for q in questions if q["kind"] == "NPS" and q["id"] in answers), None
    )
    texts = [answers[q["id"]] for q in questions if q["kind"] == "TEXT" and q["id"] in answers]
    return {"rating": rating, "nps": nps, "text": "\n".join(texts)[:TEXT_MAX]}


@dataclass
class QuestionResult:
    """What the answers to one survey question add up to."""

    question_id: str
    kind: str
    answered: int = 0
    average_rating: float | None = None
    rating_distribution: list[int] = field(default_factory=list)
    nps_score: float | None = None
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    choice_counts: list[tuple[str, int]] = field(default_factory=list)
    latest_texts: list[str] = field(default_factory=list)


def aggregate_answers(
    questions: list[dict[str, Any]], answer_sets: Sequence[dict[str, Any]]
) -> list[QuestionResult]:
    """Per-question results over answer sets given newest first: average and distribution of
    ratings, NPS with promoter/passive/detractor counts, counts per choice, latest texts."""
    results = []
    for q in questions:
        values = [a[q["id"]] for a in answer_sets if a.get(q["id"]) is not None]
        r = QuestionResult(question_id=q["id"], kind=q["kind"], answered=len(values))
        if q["kind"] == "RATING":
            r.rating_distribution = [values.count(score) for score in range(1, 6)]
            r.average_rating = round(sum(values) / len(values), 2) if values else None
        elif q["kind"] == "NPS":
            r.promoters = sum(1 for v in values if v >= 9)
            r.detractors = sum(1 for v in values if v <= 6)
            r.passives = len(values) - r.promoters - r.detractors
            r.nps_score = nps_score(r.promoters, r.detractors, len(values))
        elif q["kind"] == "CHOICE":
            r.choice_counts = [(o, values.count(o)) for o in q["options"]]
        else:
            r.latest_texts = [str(v) for v in values[:LATEST_COMMENTS]]
        results.append(r)
    return results
