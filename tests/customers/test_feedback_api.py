"""Feedback and surveys through GraphQL: validation with field-named errors, permissions,
filters, the survey lifecycle, answer validation, and aggregates on known data."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import models
from backend.domains.customers.feedback import add_months, month_start
from backend.kernel import clock, events
from backend.kernel.clock import BUSINESS_TZ, today
from tests.customers import feedback_builders as build
from tests.factories import GraphQLClient, client_for

FEEDBACK_CREATE = """
mutation F($input: FeedbackCreateInput!) {
  feedbackCreate(input: $input) {
    feedback { id source rating nps text receivedAt product { code } customer { name }
      createdBy { username } }
    errors { field code message }
  }
}
"""
FEEDBACK_LIST = """
query L($filter: FeedbackFilter, $first: Int) {
  feedback(filter: $filter, first: $first) { totalCount edges { node { text rating source } } }
}
"""
SURVEY_CREATE = """
mutation S($input: SurveyCreateInput!) {
  surveyCreate(input: $input) {
    survey { id status title questions { id kind options required } product { code }
      segmentId targetCount }
    errors { field code message }
  }
}
"""
SURVEY_UPDATE = """
mutation U($id: ID!, $input: SurveyUpdateInput!) {
  surveyUpdate(id: $id, input: $input) { survey { title status } errors { field code message } }
}
"""
SURVEY_MOVE = """
mutation M($id: ID!) {
  open: surveyOpen(id: $id) { survey { status } errors { field code message } }
}
"""
SURVEY_CLOSE = """
mutation M($id: ID!) { surveyClose(id: $id) { survey { status } errors { field code message } } }
"""
SURVEY_RESPOND = """
mutation R($surveyId: ID!, $customerId: ID, $answers: JSON!) {
  surveyRespond(surveyId: $surveyId, customerId: $customerId, answers: $answers) {
    response { id answers customer { name } }
    feedback { source rating nps text product { code } }
    errors { field code message }
  }
}
"""
SURVEY = """
query Q($id: ID!) {
  survey(id: $id) {
    title status responseCount targetCount responseRate
    results { questionId kind answered averageRating ratingDistribution npsScore promoters
      passives detractors choiceCounts { option count } latestTexts }
    responses(first: 10) { totalCount }
  }
}
"""
SUMMARY = """
query P($id: ID!) {
  productFeedbackSummary(productId: $id) {
    product { code } count ratedCount averageRating
    nps { score promoters passives detractors }
    ratingDistribution { rating count }
    bySource { source count }
    latestComments { text }
    trend { month count averageRating npsScore }
  }
}
"""


@pytest.fixture
async def marketing(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.MARKETING)


def _errors(body: dict[str, Any], name: str) -> list[tuple[str, str]]:
    assert "errors" not in body, body
    return [(e["field"], e["code"]) for e in body["data"][name]["errors"]]


# --- feedback -------------------------------------------------------------------------------


async def test_feedback_is_recorded_with_product_and_customer_and_audited(
    marketing: GraphQLClient,
) -> None:
    # given
    product = await build.product(code="FB-TD-1")
    customer = await build.customer("李四")
    # when
    body = await marketing.execute(
        FEEDBACK_CREATE,
        {
            "input": {
                "source": "HOTLINE",
                "rating": 4,
                "nps": 9,
                "text": "  利率不错，手续简单  ",
                "productId": build.gid("Product", product.id),
                "customerId": build.gid("Customer", customer.id),
            }
        },
    )
    # then
    payload = body["data"]["feedbackCreate"]
    assert payload["errors"] == []
    fb = payload["feedback"]
    assert (fb["source"], fb["rating"], fb["nps"], fb["text"]) == (
        "HOTLINE",
        4,
        9,
        "利率不错，手续简单",
    )
    assert fb["product"]["code"] == "FB-TD-1"
    assert fb["customer"]["name"] == "李四"
    assert fb["createdBy"]["username"] == "marketing"
    event = await audit_models.AuditEvent.filter(action="feedback.create").get()
    assert event.outcome == "SUCCESS"
    assert event.after is not None and event.after["rating"] == 4


async def test_feedback_on_a_product_is_announced_after_commit(
    marketing: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given: a listener in place of the reacting domains
    told: list[dict[str, Any]] = []

    async def listener(**payload: Any) -> None:
        told.append(payload)

    monkeypatch.setitem(events._handlers, events.FEEDBACK_CHANGED, [listener])
    product = await build.product(code="FB-EV-1")
    survey_id = await _open_survey(marketing, productId=build.gid("Product", product.id))
    # when: feedback without a product, with one, and a survey response about the product
    await marketing.execute(FEEDBACK_CREATE, {"input": {"source": "APP", "rating": 3}})
    created = await marketing.execute(
        FEEDBACK_CREATE,
        {"input": {"source": "APP", "rating": 2, "productId": build.gid("Product", product.id)}},
    )
    answered = await marketing.execute(
        SURVEY_RESPOND, {"surveyId": survey_id, "answers": {"sat": 5, "nps": 9}}
    )
    # then: one event per change about the product, naming it and the business date
    assert created["data"]["feedbackCreate"]["errors"] == []
    assert answered["data"]["surveyRespond"]["errors"] == []
    assert told == [{"product_ids": [product.id], "dates": [today()]}] * 2


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"rating": 0}, [("rating", "INVALID")]),
        ({"rating": 6}, [("rating", "INVALID")]),
        ({"nps": 11}, [("nps", "INVALID")]),
        ({"nps": -1}, [("nps", "INVALID")]),
        ({"text": "x" * 5001}, [("text", "INVALID")]),
        ({"text": "   "}, [("text", "REQUIRED")]),
        ({}, [("text", "REQUIRED")]),
        ({"rating": 3, "productId": "bad"}, [("productId", "NOT_FOUND")]),
        ({"rating": 3, "customerId": build.gid("Customer", 999)}, [("customerId", "NOT_FOUND")]),
        (
            {"rating": 3, "receivedAt": (clock.now() + timedelta(days=1)).isoformat()},
            [("receivedAt", "INVALID")],
        ),
        ({"rating": 9, "nps": 12}, [("rating", "INVALID"), ("nps", "INVALID")]),
    ],
)
async def test_bad_feedback_gets_field_named_errors_and_writes_nothing(
    marketing: GraphQLClient, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    # when
    body = await marketing.execute(FEEDBACK_CREATE, {"input": {"source": "APP", **fields}})
    # then
    assert _errors(body, "feedbackCreate") == expected
    assert body["data"]["feedbackCreate"]["feedback"] is None
    assert await models.Feedback.all().count() == 0
    refused = await audit_models.AuditEvent.filter(action="feedback.create").get()
    assert refused.outcome == "FAILURE"


async def test_feedback_messages_come_in_chinese(marketing: GraphQLClient) -> None:
    response = await marketing.post(
        FEEDBACK_CREATE, {"input": {"source": "APP", "rating": 7}}, **{"accept-language": "zh-CN"}
    )
    errors = response.json()["data"]["feedbackCreate"]["errors"]
    assert errors[0]["message"] == "评分须为 1 到 5 的整数。"


async def test_external_id_is_recorded_once(marketing: GraphQLClient) -> None:
    given = {"input": {"source": "BRANCH", "rating": 5, "externalId": "CRM-1"}}
    first = await marketing.execute(FEEDBACK_CREATE, given)
    again = await marketing.execute(FEEDBACK_CREATE, given)
    assert first["data"]["feedbackCreate"]["errors"] == []
    assert _errors(again, "feedbackCreate") == [("externalId", "DUPLICATE")]
    assert await models.Feedback.all().count() == 1


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.MARKETING, True),
        (Role.SALES, True),
        (Role.SERVICE_AGENT, True),
        (Role.PRODUCT_MANAGER, False),
        (Role.ANALYST, False),
        (Role.AUDITOR, False),
    ],
)
async def test_only_feedback_writers_record_feedback(
    gql: GraphQLClient, role: Role, allowed: bool
) -> None:
    client = await client_for(gql, role)
    body = await client.execute(FEEDBACK_CREATE, {"input": {"source": "APP", "rating": 5}})
    if allowed:
        assert body["data"]["feedbackCreate"]["errors"] == []
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert await models.Feedback.all().count() == 0


async def test_feedback_list_filters_combine(gql: GraphQLClient) -> None:
    # given
    analyst = await client_for(gql, Role.ANALYST)
    card, loan = await build.product(), await build.product(family="LOAN", subtype="CONSUMER")
    someone = await build.customer()
    day = datetime(2025, 3, 10, 12, tzinfo=BUSINESS_TZ)
    await build.feedback(product_id=card.id, rating=5, text="a", source="APP", received_at=day)
    await build.feedback(product_id=card.id, rating=2, text="b", source="HOTLINE", received_at=day)
    await build.feedback(
        product_id=card.id, rating=4, text="c", received_at=day - timedelta(days=40)
    )
    await build.feedback(product_id=loan.id, rating=1, text="d", customer_id=someone.id)

    async def texts(**filter: Any) -> list[str]:
        body = await analyst.execute(FEEDBACK_LIST, {"filter": filter})
        assert "errors" not in body, body
        return sorted(e["node"]["text"] for e in body["data"]["feedback"]["edges"])

    # then
    assert await texts() == ["a", "b", "c", "d"]
    assert await texts(productId=build.gid("Product", card.id)) == ["a", "b", "c"]
    assert await texts(productId=build.gid("Product", card.id), minRating=3) == ["a", "c"]
    assert await texts(maxRating=2) == ["b", "d"]
    assert await texts(source="HOTLINE") == ["b"]
    assert await texts(customerId=build.gid("Customer", someone.id)) == ["d"]
    assert await texts(**{"from": "2025-03-10", "to": "2025-03-10"}) == ["a", "b"]
    assert await texts(**{"to": "2025-03-09"}) == ["c"]
    assert await texts(productId="not-an-id") == []


async def test_reading_feedback_needs_customer_read(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    body = await admin.execute(FEEDBACK_LIST)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# --- surveys --------------------------------------------------------------------------------


async def _open_survey(client: GraphQLClient, **extra: Any) -> str:
    body = await client.execute(
        SURVEY_CREATE,
        {"input": {"title": "理财产品满意度调查", "questions": build.RATING_QUESTIONS, **extra}},
    )
    payload = body["data"]["surveyCreate"]
    assert payload["errors"] == [], payload
    survey_id: str = payload["survey"]["id"]
    opened = await client.execute(SURVEY_MOVE, {"id": survey_id})
    assert opened["data"]["open"]["errors"] == []
    return survey_id


async def test_survey_lifecycle_draft_open_closed(marketing: GraphQLClient) -> None:
    # given
    product = await build.product(code="FB-WM-1", family="WEALTH", subtype="BOND")
    seg = await build.segment(member_count=40)
    created = await marketing.execute(
        SURVEY_CREATE,
        {
            "input": {
                "title": "草稿",
                "questions": build.RATING_QUESTIONS,
                "productId": build.gid("Product", product.id),
                "segmentId": build.gid("Segment", seg.id),
            }
        },
    )
    survey = created["data"]["surveyCreate"]["survey"]
    sid = survey["id"]
    assert survey["status"] == "DRAFT"
    assert [q["kind"] for q in survey["questions"]] == ["RATING", "NPS", "CHOICE", "TEXT"]
    assert survey["questions"][2]["options"] == ["网点", "手机银行", "网上银行"]
    assert (survey["product"]["code"], survey["targetCount"]) == ("FB-WM-1", 40)
    # when a draft is edited, then opened
    edited = await marketing.execute(SURVEY_UPDATE, {"id": sid, "input": {"title": "正式标题"}})
    assert edited["data"]["surveyUpdate"]["survey"] == {"title": "正式标题", "status": "DRAFT"}
    opened = await marketing.execute(SURVEY_MOVE, {"id": sid})
    assert opened["data"]["open"]["survey"]["status"] == "OPEN"
    # then it is no longer editable nor openable, but can close, and then takes no responses
    again = await marketing.execute(SURVEY_MOVE, {"id": sid})
    assert _errors(again, "open") == [("id", "SURVEY_STATUS_TRANSITION")]
    late_edit = await marketing.execute(SURVEY_UPDATE, {"id": sid, "input": {"title": "改"}})
    assert _errors(late_edit, "surveyUpdate") == [("id", "SURVEY_NOT_DRAFT")]
    closed = await marketing.execute(SURVEY_CLOSE, {"id": sid})
    assert closed["data"]["surveyClose"]["survey"]["status"] == "CLOSED"
    answer = await marketing.execute(
        SURVEY_RESPOND, {"surveyId": sid, "answers": {"sat": 5, "nps": 10}}
    )
    assert _errors(answer, "surveyRespond") == [("surveyId", "SURVEY_NOT_OPEN")]
    actions = await audit_models.AuditEvent.filter(object_type="Survey").values_list(
        "action", "outcome"
    )
    assert ("survey.open", "SUCCESS") in actions and ("survey.close", "SUCCESS") in actions
    assert ("survey.update", "FAILURE") in actions


async def test_draft_surveys_take_no_responses(marketing: GraphQLClient) -> None:
    body = await marketing.execute(
        SURVEY_CREATE, {"input": {"title": "t", "questions": build.RATING_QUESTIONS}}
    )
    sid = body["data"]["surveyCreate"]["survey"]["id"]
    answer = await marketing.execute(
        SURVEY_RESPOND, {"surveyId": sid, "answers": {"sat": 5, "nps": 1}}
    )
    assert _errors(answer, "surveyRespond") == [("surveyId", "SURVEY_NOT_OPEN")]


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        ("not a list", [("questions", "INVALID")]),
        ([], [("questions", "INVALID")]),
        ([{"id": "q1", "text": "x", "kind": "STARS"}], [("questions.0.kind", "INVALID")]),
        ([{"id": "q 1", "text": "x", "kind": "TEXT"}], [("questions.0.id", "INVALID")]),
        ([{"id": "q1", "text": "", "kind": "TEXT"}], [("questions.0.text", "INVALID")]),
        (
            [{"id": "q1", "text": "x", "kind": "TEXT"}, {"id": "q1", "text": "y", "kind": "NPS"}],
            [("questions.1.id", "DUPLICATE")],
        ),
        (
            [{"id": "q1", "text": "x", "kind": "CHOICE", "options": ["a"]}],
            [("questions.0.options", "INVALID")],
        ),
        (
            [{"id": "q1", "text": "x", "kind": "CHOICE", "options": ["a", "a"]}],
            [("questions.0.options", "INVALID")],
        ),
        (
            [{"id": "q1", "text": "x", "kind": "RATING", "options": ["a", "b"]}],
            [("questions.0.options", "INVALID")],
        ),
        (
            [{"id": "q1", "text": "x", "kind": "NPS", "required": "yes"}],
            [("questions.0.required", "INVALID")],
        ),
        ([{"id": "q1", "text": "x", "kind": "NPS", "weight": 2}], [("questions.0", "INVALID")]),
        (["q1"], [("questions.0", "INVALID")]),
    ],
)
async def test_bad_questions_are_refused_by_path(
    marketing: GraphQLClient, questions: Any, expected: list[tuple[str, str]]
) -> None:
    body = await marketing.execute(SURVEY_CREATE, {"input": {"title": "t", "questions": questions}})
    assert _errors(body, "surveyCreate") == expected
    assert await models.Survey.all().count() == 0


async def test_survey_refers_to_existing_segment_and_product(marketing: GraphQLClient) -> None:
    body = await marketing.execute(
        SURVEY_CREATE,
        {
            "input": {
                "title": "",
                "questions": build.RATING_QUESTIONS,
                "segmentId": build.gid("Segment", 404),
                "productId": build.gid("Product", 404),
            }
        },
    )
    assert _errors(body, "surveyCreate") == [
        ("title", "INVALID"),
        ("segmentId", "NOT_FOUND"),
        ("productId", "NOT_FOUND"),
    ]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"nps": 9}, [("answers.sat", "REQUIRED")]),
        ({"sat": 6, "nps": 9}, [("answers.sat", "INVALID")]),
        ({"sat": "5", "nps": 9}, [("answers.sat", "INVALID")]),
        ({"sat": 4.5, "nps": 9}, [("answers.sat", "INVALID")]),
        ({"sat": True, "nps": 9}, [("answers.sat", "INVALID")]),
        ({"sat": 5, "nps": 11}, [("answers.nps", "INVALID")]),
        ({"sat": 5, "nps": 9, "channel": "柜台"}, [("answers.channel", "INVALID")]),
        ({"sat": 5, "nps": 9, "comment": 42}, [("answers.comment", "INVALID")]),
        ({"sat": 5, "nps": 9, "comment": "x" * 5001}, [("answers.comment", "INVALID")]),
        ({"sat": 5, "nps": 9, "extra": 1}, [("answers.extra", "INVALID")]),
        ("five", [("answers", "INVALID")]),
    ],
)
async def test_answers_are_checked_against_the_questions(
    marketing: GraphQLClient, answers: Any, expected: list[tuple[str, str]]
) -> None:
    sid = await _open_survey(marketing)
    body = await marketing.execute(SURVEY_RESPOND, {"surveyId": sid, "answers": answers})
    assert _errors(body, "surveyRespond") == expected
    assert await models.SurveyResponse.all().count() == 0
    assert await models.Feedback.all().count() == 0


async def test_a_response_creates_linked_survey_feedback(marketing: GraphQLClient) -> None:
    # given
    product = await build.product(code="FB-CARD-1", family="CREDIT_CARD", subtype="STANDARD")
    customer = await build.customer("王五")
    sid = await _open_survey(marketing, productId=build.gid("Product", product.id))
    # when
    body = await marketing.execute(
        SURVEY_RESPOND,
        {
            "surveyId": sid,
            "customerId": build.gid("Customer", customer.id),
            "answers": {"sat": 4, "nps": 8, "channel": "手机银行", "comment": " 希望提高额度 "},
        },
    )
    # then
    payload = body["data"]["surveyRespond"]
    assert payload["errors"] == []
    assert payload["response"]["answers"] == {
        "sat": 4,
        "nps": 8,
        "channel": "手机银行",
        "comment": "希望提高额度",
    }
    assert payload["response"]["customer"]["name"] == "王五"
    assert payload["feedback"] == {
        "source": "SURVEY",
        "rating": 4,
        "nps": 8,
        "text": "希望提高额度",
        "product": {"code": "FB-CARD-1"},
    }
    row = await models.Feedback.get()
    assert row.survey_response_id == (await models.SurveyResponse.get()).id
    # and the same customer cannot answer twice
    again = await marketing.execute(
        SURVEY_RESPOND,
        {
            "surveyId": sid,
            "customerId": build.gid("Customer", customer.id),
            "answers": {"sat": 1, "nps": 1},
        },
    )
    assert _errors(again, "surveyRespond") == [("customerId", "DUPLICATE")]


async def test_survey_results_aggregate_per_question(marketing: GraphQLClient) -> None:
    # given
    seg = await build.segment(member_count=10)
    sid = await _open_survey(marketing, segmentId=build.gid("Segment", seg.id))
    answer_sets = [
        {"sat": 5, "nps": 10, "channel": "网点", "comment": "好"},
        {"sat": 4, "nps": 9, "channel": "手机银行"},
        {"sat": 3, "nps": 7, "channel": "手机银行", "comment": "一般"},
        {"sat": 1, "nps": 0},
    ]
    for answers in answer_sets:
        body = await marketing.execute(SURVEY_RESPOND, {"surveyId": sid, "answers": answers})
        assert body["data"]["surveyRespond"]["errors"] == []
    # when
    analyst = await client_for(marketing, Role.ANALYST)
    body = await analyst.execute(SURVEY, {"id": sid})
    # then
    survey = body["data"]["survey"]
    assert (survey["responseCount"], survey["targetCount"], survey["responseRate"]) == (4, 10, 0.4)
    assert survey["responses"]["totalCount"] == 4
    sat, nps, channel, comment = survey["results"]
    assert sat["answered"] == 4 and sat["averageRating"] == 3.25
    assert sat["ratingDistribution"] == [1, 0, 1, 1, 1]
    # 2 promoters, 1 passive, 1 detractor of 4: 50 % − 25 % = 25
    assert (nps["promoters"], nps["passives"], nps["detractors"], nps["npsScore"]) == (
        2,
        1,
        1,
        25.0,
    )
    assert channel["answered"] == 3
    assert channel["choiceCounts"] == [
        {"option": "网点", "count": 1},
        {"option": "手机银行", "count": 2},
        {"option": "网上银行", "count": 0},
    ]
    assert comment["answered"] == 2 and sorted(comment["latestTexts"]) == ["一般", "好"]


async def test_missing_survey_is_null_and_unknown_ids_are_not_found(
    marketing: GraphQLClient,
) -> None:
    body = await marketing.execute(SURVEY, {"id": build.gid("Survey", 12345)})
    assert body["data"]["survey"] is None
    moved = await marketing.execute(SURVEY_MOVE, {"id": "garbage"})
    assert _errors(moved, "open") == [("id", "NOT_FOUND")]


# --- per-product summary --------------------------------------------------------------------


async def test_product_summary_on_known_data(gql: GraphQLClient) -> None:
    # given: 6 pieces of feedback on the product, 1 on another product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product, other = await build.product(code="FB-SUM-1"), await build.product()
    this_month = month_start(today())
    at = datetime(this_month.year, this_month.month, 1, 9, tzinfo=BUSINESS_TZ)
    two_months_ago = datetime.combine(add_months(this_month, -2), at.timetz())
    long_ago = datetime.combine(add_months(this_month, -13), at.timetz())
    rows = [
        dict(source="APP", rating=5, nps=10, text="很好", received_at=at + timedelta(hours=3)),
        dict(source="APP", rating=4, nps=9, text="", received_at=at + timedelta(hours=2)),
        dict(source="HOTLINE", rating=2, nps=3, text="太慢", received_at=at + timedelta(hours=1)),
        dict(source="BRANCH", rating=None, nps=7, text="还行", received_at=two_months_ago),
        dict(source="SURVEY", rating=1, nps=None, text="差", received_at=two_months_ago),
        dict(source="APP", rating=5, nps=None, text="老评论", received_at=long_ago),
    ]
    for row in rows:
        await build.feedback(product_id=product.id, **row)
    await build.feedback(product_id=other.id, rating=1, nps=0, text="别的产品")
    # when
    body = await pm.execute(SUMMARY, {"id": build.gid("Product", product.id)})
    # then
    s = body["data"]["productFeedbackSummary"]
    assert s["product"]["code"] == "FB-SUM-1"
    assert (s["count"], s["ratedCount"], s["averageRating"]) == (6, 5, 3.4)
    # NPS answers 10, 9, 3, 7: 2 promoters, 1 passive, 1 detractor → 50 − 25 = 25
    assert s["nps"] == {"score": 25.0, "promoters": 2, "passives": 1, "detractors": 1}
    assert s["ratingDistribution"] == [
        {"rating": 1, "count": 1},
        {"rating": 2, "count": 1},
        {"rating": 3, "count": 0},
        {"rating": 4, "count": 1},
        {"rating": 5, "count": 2},
    ]
    assert s["bySource"] == [
        {"source": "SURVEY", "count": 1},
        {"source": "HOTLINE", "count": 1},
        {"source": "BRANCH", "count": 1},
        {"source": "APP", "count": 3},
    ]
    assert [c["text"] for c in s["latestComments"]] == ["很好", "太慢", "差", "还行", "老评论"]
    trend = s["trend"]
    assert len(trend) == 12
    assert trend[-1] == {
        "month": this_month.isoformat(),
        "count": 3,
        "averageRating": 3.67,
        "npsScore": 33.3,
    }
    assert trend[-3] == {
        "month": add_months(this_month, -2).isoformat(),
        "count": 2,
        "averageRating": 1.0,
        "npsScore": 0.0,
    }
    assert trend[0]["month"] == add_months(this_month, -11).isoformat()
    assert sum(m["count"] for m in trend) == 5  # the 13-month-old comment is outside the trend


async def test_summary_of_a_product_without_feedback_and_of_no_product(gql: GraphQLClient) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await build.product()
    body = await pm.execute(SUMMARY, {"id": build.gid("Product", product.id)})
    s = body["data"]["productFeedbackSummary"]
    assert (s["count"], s["averageRating"], s["nps"]["score"]) == (0, None, None)
    assert all(m["count"] == 0 for m in s["trend"])
    missing = await pm.execute(SUMMARY, {"id": build.gid("Product", 999)})
    assert missing["data"]["productFeedbackSummary"] is None
