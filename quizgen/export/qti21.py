"""``qti21``: an IMS QTI 2.1 content package, one ``assessmentItem`` per question.

Rules followed: the IMS QTI 2.1 schema ``imsqti_v2p1.xsd`` (namespace
``http://www.imsglobal.org/xsd/imsqti_v2p1``; a copy is kept under ``tests/data/xsd/`` and every
item and the test are validated against it in the tests) and the QTI 2.1 implementation guide
(https://www.imsglobal.org/question/qtiv2p1/imsqti_implv2p1.html), with the standard response
processing templates ``match_correct`` and ``map_response``
(``http://www.imsglobal.org/question/qti_v2p1/rptemplates/...``).

Every bank type has a native QTI 2.1 interaction, so nothing is converted or skipped:

* multiple choice and true/false: ``choiceInteraction`` (``maxChoices="1"``), single identifier
  response, ``match_correct``;
* short answer: ``textEntryInteraction`` after the prompt; cloze: the same interaction placed
  where the blank was. The response is a string with a ``mapping`` in which every accepted form
  scores (``caseSensitive="false"``), scored with ``map_response``;
* ordering: ``orderInteraction``, ordered identifier response, ``match_correct``;
* matching: ``matchInteraction`` with two ``simpleMatchSet``s, multiple ``directedPair`` response,
  one point per correct pair through ``map_response``.

The cited source sentence goes into a ``rubricBlock view="scorer tutor"``, which candidates do not
see. The package holds ``imsmanifest.xml`` (IMS Content Packaging 1.1, resources of type
``imsqti_item_xmlv2p1`` and ``imsqti_test_xmlv2p1``), ``items/<id>.xml`` and ``test.xml``, an
``assessmentTest`` with one part and one section per article. LMS support for QTI 2.1 varies
(Canvas imports choice and text entry only); prefer ``qti`` for Canvas.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lxml import etree

from quizgen import __version__
from quizgen.export.common import (
    Bank, ExportReport, Question, accepted, bank_title, cloze_parts, fmt_points, points, questions_by_document,
    shuffled, source_text,
)
from quizgen.export.zipping import write_zip
from quizgen.qtypes import per_type

NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
TEMPLATE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"


def ident(*parts: str) -> str:
    """An NCName identifier derived from ``parts`` (stable across exports)."""
    return "i" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _sub(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", {k: str(v) for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _declare(item, cardinality: str, base_type: str, correct: list[str], mapping: dict[str, float] | None = None,
             case_sensitive: bool | None = None):
    decl = _sub(item, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality, baseType=base_type)
    cr = _sub(decl, "correctResponse")
    for value in correct:
        _sub(cr, "value", value)
    if mapping is not None:
        m = _sub(decl, "mapping", defaultValue="0")
        for key, value in mapping.items():
            attrs = {"mapKey": key, "mappedValue": fmt_points(value)}
            if case_sensitive is not None:
                attrs["caseSensitive"] = "true" if case_sensitive else "false"
            _sub(m, "mapEntry", **attrs)
    return decl


# Each type's entry declares the response on ``item`` and returns the response processing template
# and a function that writes the interaction into the item body (declarations must come first).

def _choice(item, question: Question, choices: list[str], correct: str):
    qid = question["id"]
    ids = [ident("choice", qid, str(i)) for i in range(len(choices))]
    _declare(item, "single", "identifier", [ids[choices.index(correct)]])

    def body(b):
        inter = _sub(b, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="false", maxChoices="1")
        _sub(inter, "prompt", question["prompt"])
        for cid, text in zip(ids, choices):
            _sub(inter, "simpleChoice", text, identifier=cid)
    return "match_correct", body


def _multiple_choice(item, question: Question):
    return _choice(item, question, question["choices"], question["answer"]["text"])


def _true_false(item, question: Question):
    return _choice(item, question, ["True", "False"], "True" if question["answer"]["value"] else "False")


def _text_entry(item, question: Question, parts: tuple[str, str] | None):
    forms = accepted(question)
    _declare(item, "single", "string", [forms[0]], {f: points(question) for f in forms}, case_sensitive=False)
    length = max(len(f) for f in forms) + 2

    def body(b):
        p = _sub(b, "p")
        if parts is None:
            p.text = question["prompt"] + " "
            _sub(p, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength=length)
        else:
            p.text = parts[0]
            entry = _sub(p, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength=length)
            entry.tail = parts[1]
    return "map_response", body


def _short_answer(item, question: Question):
    return _text_entry(item, question, None)


def _cloze(item, question: Question):
    return _text_entry(item, question, cloze_parts(question["prompt"]))


def _ordering(item, question: Question):
    qid = question["id"]
    ids = {text: ident("item", qid, str(i)) for i, text in enumerate(question["items"])}
    _declare(item, "ordered", "identifier", [ids[t] for t in question["answer"]["value"]])

    def body(b):
        inter = _sub(b, "orderInteraction", responseIdentifier="RESPONSE", shuffle="false")
        _sub(inter, "prompt", question["prompt"])
        for text in question["items"]:
            _sub(inter, "simpleChoice", text, identifier=ids[text])
    return "match_correct", body


def _matching(item, question: Question):
    qid = question["id"]
    pairs = question["pairs"]
    left_ids = [ident("left", qid, str(i)) for i in range(len(pairs))]
    rights = list(dict.fromkeys(p["right"] for p in pairs))
    right_ids = {r: ident("right", qid, r) for r in rights}
    correct = [f"{lid} {right_ids[p['right']]}" for lid, p in zip(left_ids, pairs)]
    share = points(question) / len(pairs)
    decl = _declare(item, "multiple", "directedPair", correct, {c: share for c in correct})
    decl.find(f"{{{NS}}}mapping").set("upperBound", fmt_points(points(question)))

    def body(b):
        inter = _sub(b, "matchInteraction", responseIdentifier="RESPONSE", shuffle="false",
                     maxAssociations=len(pairs))
        _sub(inter, "prompt", question["prompt"])
        left_set = _sub(inter, "simpleMatchSet")
        for lid, pair in zip(left_ids, pairs):
            _sub(left_set, "simpleAssociableChoice", pair["left"], identifier=lid, matchMax="1")
        right_set = _sub(inter, "simpleMatchSet")
        for right in shuffled(rights, "qti21-matching", qid):
            _sub(right_set, "simpleAssociableChoice", right, identifier=right_ids[right], matchMax=len(pairs))
    return "map_response", body


#: The QTI 2.1 interaction of each type; every registered type has one.
BY_TYPE = per_type({
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "QTI 2.1 export")


def item_document(question: Question, bank: Bank, report: ExportReport):
    qid = question["id"]
    item = etree.Element(f"{{{NS}}}assessmentItem", nsmap={None: NS, "xsi": XSI})
    item.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    for k, v in (("identifier", ident("item", qid)), ("title", qid), ("adaptive", "false"),
                 ("timeDependent", "false"), ("toolName", "quizgen"), ("toolVersion", __version__)):
        item.set(k, v)
    template, body = BY_TYPE[question["type"]](item, question)

    score = _sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _sub(_sub(score, "defaultValue"), "value", "0")
    max_score = _sub(item, "outcomeDeclaration", identifier="MAXSCORE", cardinality="single", baseType="float")
    _sub(_sub(max_score, "defaultValue"), "value", fmt_points(points(question)))
    item_body = _sub(item, "itemBody")
    rubric = _sub(item_body, "rubricBlock", view="scorer tutor")
    _sub(rubric, "p", source_text(question, bank))
    body(item_body)
    _sub(item, "responseProcessing", template=TEMPLATE + template)
    return item


def _tostring(root) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode", pretty_print=True)


def test_document(bank: Bank, item_refs: dict[str, str], title: str, test_id: str):
    test = etree.Element(f"{{{NS}}}assessmentTest", nsmap={None: NS, "xsi": XSI})
    test.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    test.set("identifier", test_id)
    test.set("title", title)
    test.set("toolName", "quizgen")
    test.set("toolVersion", __version__)
    _sub(test, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    part = _sub(test, "testPart", identifier="part1", navigationMode="nonlinear", submissionMode="simultaneous")
    for doc, questions in questions_by_document(bank):
        refs = [(q, item_refs[q["id"]]) for q in questions if q["id"] in item_refs]
        if not refs:
            continue
        section = _sub(part, "assessmentSection", identifier=ident("section", doc["id"]),
                       title=doc.get("title") or doc["id"], visible="true")
        for q, href in refs:
            _sub(section, "assessmentItemRef", identifier=ident("item", q["id"]), href=href)
    # Sum the item scores into the test score.
    op = _sub(_sub(test, "outcomeProcessing"), "setOutcomeValue", identifier="SCORE")
    _sub(op, "sum").append(etree.Element(f"{{{NS}}}testVariables", variableIdentifier="SCORE"))
    return test


def manifest_document(entries: list[tuple[str, str, str]], test_id: str) -> etree._Element:
    """``entries``: (identifier, href, type) of each resource."""
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": XSI}, identifier=ident("manifest", test_id))
    root.set(f"{{{XSI}}}schemaLocation", f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd")
    metadata = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(root, f"{{{CP_NS}}}resources")
    for rid, href, rtype in entries:
        res = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier=rid, type=rtype, href=href)
        etree.SubElement(res, f"{{{CP_NS}}}file", href=href)
        if rtype == "imsqti_test_xmlv2p1":
            for other_id, _, other_type in entries:
                if other_type == "imsqti_item_xmlv2p1":
                    etree.SubElement(res, f"{{{CP_NS}}}dependency", identifierref=other_id)
    return root


def package_members(bank: Bank, report: ExportReport, title: str | None = None) -> list[tuple[str, str]]:
    title = title or bank_title(bank)
    test_id = ident("test", *[q["id"] for q in bank["questions"]])
    items: list[tuple[str, str]] = []
    refs: dict[str, str] = {}
    entries = []
    for q in bank["questions"]:
        doc = item_document(q, bank, report)
        if doc is None:
            continue
        href = f"items/{doc.get('identifier')}.xml"
        refs[q["id"]] = href
        items.append((href, _tostring(doc)))
        entries.append((doc.get("identifier"), href, "imsqti_item_xmlv2p1"))
        report.written += 1
    test = test_document(bank, refs, title, test_id)
    entries.insert(0, (test_id, "test.xml", "imsqti_test_xmlv2p1"))
    return [("imsmanifest.xml", _tostring(manifest_document(entries, test_id))), ("test.xml", _tostring(test)), *items]


def write(bank: Bank, path: Path, report: ExportReport, title: str | None = None, **_) -> None:
    write_zip(path, package_members(bank, report, title))
