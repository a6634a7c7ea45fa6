"""``qti``: an IMS QTI 1.2 package laid out the way Canvas imports it.

The layout follows text2qti (gpoore/text2qti 0.7.1, files ``text2qti/qti.py``,
``xml_imsmanifest.py``, ``xml_assessment.py``, ``xml_assessment_meta.py``), the converter Canvas
users rely on; the code here is our own, written against those files as a description:

* a zip holding ``imsmanifest.xml`` (IMS Content Packaging 1.1 with a ``imsqti_xmlv1p2`` resource
  that depends on the Canvas ``assessment_meta.xml``), the empty folder ``non_cc_assessments/``,
  ``<assessment id>/assessment_meta.xml`` (the Canvas quiz settings: title, points possible,
  shuffle answers, show correct answers, one question at a time, can't go back) and
  ``<assessment id>/<assessment id>.xml``, the ``questestinterop`` document in the namespace
  ``http://www.imsglobal.org/xsd/ims_qtiasiv1p2``;
* each ``<item>`` carries ``itemmetadata/qtimetadata`` fields ``question_type``,
  ``points_possible``, ``original_answer_ids`` and ``assessment_question_identifierref``;
* multiple choice and true/false: ``response_lid rcardinality="Single"`` with ``render_choice``,
  scored by ``respcondition``/``varequal`` + ``setvar action="Set" varname="SCORE">100``;
* short answer: ``response_str`` + ``render_fib``, one ``varequal`` per accepted form in the
  correct condition (text2qti's ``short_answer_question``);
* general feedback (``itemfeedback ident="general_fb"``, shown through a ``respcondition`` with
  ``<other/>``) cites the source sentence.

Matching is Canvas's ``matching_question``, which text2qti does not write: one ``response_lid`` per
left side, each offering every right side in ``render_choice``, and one ``respcondition`` per left
side adding its share of 100 to ``SCORE`` with ``setvar action="Add"``: the structure of Canvas's
own quiz exports, as in the test fixture ``spec/fixtures/items_1.2/matching.xml`` of Canvas's QTI
converter (instructure/qti); see also https://github.com/longhornadam/QuizForge
``User_Docs/Canvas_QTI_Patterns.md`` for the same per-response scoring in other Canvas types.

Conversions: cloze -> short answer (the prompt keeps its blank, every accepted form scores);
ordering -> matching with positions ("1st", "2nd", ...). Canvas's own ordering type exists only in
New Quizzes, so the classic-quiz matching form is the one every Canvas imports.

Identifiers are derived from the bank's question ids (``g`` + 32 hex digits, the shape Canvas uses),
so exporting the same bank twice gives the same package, byte for byte.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from lxml import etree

from quizgen.export.common import (
    Bank, ExportReport, Question, accepted, bank_title, fmt_points, ordering_as_matching, points,
    shuffled, source_html,
)
from quizgen.export.zipping import write_zip
from quizgen.qtypes import per_type

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
IMSMD = "http://www.imsglobal.org/xsd/imsmd_v1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"


def ident(*parts: str) -> str:
    """A stable identifier: 'g' and 32 hex digits of a hash of ``parts``."""
    return "g" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _sub(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(parent, _q(tag), {k: v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _mattext(parent, html_text: str, texttype: str = "text/html"):
    material = _sub(parent, "material")
    _sub(material, "mattext", html_text, texttype=texttype)
    return material


def _metadata(item, qtype: str, pts: float, answer_ids: list[str], ref: str) -> None:
    qtimeta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", qtype), ("points_possible", fmt_points(pts)),
                         ("original_answer_ids", ",".join(answer_ids)),
                         ("assessment_question_identifierref", ref)):
        field = _sub(qtimeta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _resprocessing(item):
    rp = _sub(item, "resprocessing")
    _sub(_sub(rp, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    cond = _sub(rp, "respcondition", **{"continue": "Yes"})
    _sub(_sub(cond, "conditionvar"), "other")
    _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    return rp


def _general_feedback(item, question: Question, bank: Bank) -> None:
    fb = _sub(item, "itemfeedback", ident="general_fb")
    _mattext(_sub(fb, "flow_mat"), source_html(question, bank))


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def _new_item(question: Question):
    qid = question["id"]
    return etree.Element(_q("item"), ident=ident("item", qid), title=qid), qid, ident("ref", qid), points(question)


def _choice(question: Question, bank: Bank, choices: list[str], correct: str, qtype: str):
    item, qid, ref, pts = _new_item(question)
    ids = [ident("choice", qid, str(i)) for i in range(len(choices))]
    _metadata(item, f"{qtype}_question", pts, ids, ref)
    pres = _sub(item, "presentation")
    _mattext(pres, _p(question["prompt"]))
    render = _sub(_sub(pres, "response_lid", ident="response1", rcardinality="Single"), "render_choice")
    for cid, text in zip(ids, choices):
        _mattext(_sub(render, "response_label", ident=cid), html.escape(text, quote=False))
    rp = _resprocessing(item)
    cond = _sub(rp, "respcondition", **{"continue": "No"})
    _sub(_sub(cond, "conditionvar"), "varequal", ids[choices.index(correct)], respident="response1")
    _sub(cond, "setvar", "100", action="Set", varname="SCORE")
    _general_feedback(item, question, bank)
    return item


def _multiple_choice(question: Question, bank: Bank, report: ExportReport):
    return _choice(question, bank, question["choices"], question["answer"]["text"], "multiple_choice")


def _true_false(question: Question, bank: Bank, report: ExportReport):
    return _choice(question, bank, ["True", "False"], "True" if question["answer"]["value"] else "False",
                   "true_false")


def _short_answer(question: Question, bank: Bank, report: ExportReport):
    item, qid, ref, pts = _new_item(question)
    forms = accepted(question)
    _metadata(item, "short_answer_question", pts, [ident("choice", qid, str(i)) for i in range(len(forms))], ref)
    pres = _sub(item, "presentation")
    _mattext(pres, _p(question["prompt"]))
    fib = _sub(_sub(pres, "response_str", ident="response1", rcardinality="Single"), "render_fib")
    _sub(fib, "response_label", ident="answer1", rshuffle="No")
    rp = _resprocessing(item)
    cond = _sub(rp, "respcondition", **{"continue": "No"})
    var = _sub(cond, "conditionvar")
    for form in forms:
        _sub(var, "varequal", form, respident="response1")
    _sub(cond, "setvar", "100", action="Set", varname="SCORE")
    _general_feedback(item, question, bank)
    return item


def _cloze(question: Question, bank: Bank, report: ExportReport):
    report.convert(question, "to short answer (the prompt keeps its blank)")
    return _short_answer(question, bank, report)


def _matching(question: Question, bank: Bank, report: ExportReport):
    item, qid, ref, pts = _new_item(question)
    pairs = question["pairs"]
    rights = list(dict.fromkeys(p["right"] for p in pairs))
    right_ids = {r: ident("right", qid, r) for r in rights}
    left_ids = [ident("left", qid, str(i)) for i in range(len(pairs))]
    _metadata(item, "matching_question", pts, left_ids, ref)
    pres = _sub(item, "presentation")
    _mattext(pres, _p(question["prompt"]))
    offered = shuffled(rights, "qti-matching", qid)
    for lid, pair in zip(left_ids, pairs):
        lid_el = _sub(pres, "response_lid", ident=f"response_{lid}", rcardinality="Single")
        _mattext(lid_el, pair["left"], texttype="text/plain")
        render = _sub(lid_el, "render_choice")
        for right in offered:
            _mattext(_sub(render, "response_label", ident=right_ids[right]), right, texttype="text/plain")
    rp = _resprocessing(item)
    share = f"{100 / len(pairs):.2f}"
    for lid, pair in zip(left_ids, pairs):
        cond = _sub(rp, "respcondition")
        _sub(_sub(cond, "conditionvar"), "varequal", right_ids[pair["right"]], respident=f"response_{lid}")
        _sub(cond, "setvar", share, varname="SCORE", action="Add")
    _general_feedback(item, question, bank)
    return item


def _ordering(question: Question, bank: Bank, report: ExportReport):
    report.convert({"type": "ordering"}, "to matching with positions (1st, 2nd, ...)")
    return _matching(ordering_as_matching(question), bank, report)


#: The QTI 1.2 item of each type; every registered type has an entry.
BY_TYPE = per_type({
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "QTI 1.2 export")


def item_element(question: Question, bank: Bank, report: ExportReport):
    return BY_TYPE[question["type"]](question, bank, report)


def _tostring(root) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode", pretty_print=True)


def assessment_xml(bank: Bank, report: ExportReport, assessment_id: str, title: str) -> str:
    root = etree.Element(_q("questestinterop"), nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    assessment = _sub(root, "assessment", ident=assessment_id, title=title)
    field = _sub(_sub(assessment, "qtimetadata"), "qtimetadatafield")
    _sub(field, "fieldlabel", "cc_maxattempts")
    _sub(field, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    for q in bank["questions"]:
        item = item_element(q, bank, report)
        if item is not None:
            section.append(item)
            report.written += 1
    return _tostring(root)


def assessment_meta_xml(assessment_id: str, title: str, total_points: float) -> str:
    root = etree.Element(f"{{{CANVAS_NS}}}quiz", nsmap={None: CANVAS_NS, "xsi": XSI}, identifier=assessment_id)
    root.set(f"{{{XSI}}}schemaLocation", f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd")

    def sub(parent, tag, text=None):
        el = etree.SubElement(parent, f"{{{CANVAS_NS}}}{tag}")
        el.text = text
        return el

    for tag, text in (("title", title), ("description", ""), ("shuffle_answers", "false"),
                      ("scoring_policy", "keep_highest"), ("hide_results", ""), ("quiz_type", "assignment"),
                      ("points_possible", f"{total_points:.1f}"), ("show_correct_answers", "true"),
                      ("anonymous_submissions", "false"), ("could_be_locked", "false"), ("allowed_attempts", "1"),
                      ("one_question_at_a_time", "false"), ("cant_go_back", "false"), ("available", "false"),
                      ("one_time_results", "false"), ("show_correct_answers_last_attempt", "false"),
                      ("only_visible_to_overrides", "false"), ("module_locked", "false")):
        sub(root, tag, text)
    assignment = etree.SubElement(root, f"{{{CANVAS_NS}}}assignment", identifier=ident("assignment", assessment_id))
    for tag, text in (("title", title), ("workflow_state", "unpublished"), ("quiz_identifierref", assessment_id),
                      ("points_possible", f"{total_points:.1f}"), ("grading_type", "points"),
                      ("submission_types", "online_quiz"), ("position", "1")):
        sub(assignment, tag, text)
    sub(root, "assignment_group_identifierref", ident("assignment-group", assessment_id))
    return _tostring(root)


def manifest_xml(assessment_id: str, title: str) -> str:
    dependency = ident("dependency", assessment_id)
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "imsmd": IMSMD, "xsi": XSI},
                         identifier=ident("manifest", assessment_id))
    root.set(f"{{{XSI}}}schemaLocation", f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
                                          f"{IMSMD} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd")

    def sub(parent, tag, text=None, ns=CP_NS, **attrs):
        el = etree.SubElement(parent, f"{{{ns}}}{tag}", attrs)
        el.text = text
        return el

    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Content")
    sub(metadata, "schemaversion", "1.1.3")
    lom = sub(metadata, "lom", ns=IMSMD)
    sub(sub(sub(lom, "general", ns=IMSMD), "title", ns=IMSMD), "string", title, ns=IMSMD)
    sub(root, "organizations")
    resources = sub(root, "resources")
    res = sub(resources, "resource", identifier=assessment_id, type="imsqti_xmlv1p2")
    sub(res, "file", href=f"{assessment_id}/{assessment_id}.xml")
    sub(res, "dependency", identifierref=dependency)
    meta = sub(resources, "resource", identifier=dependency,
               type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
               href=f"{assessment_id}/assessment_meta.xml")
    sub(meta, "file", href=f"{assessment_id}/assessment_meta.xml")
    return _tostring(root)


def package_members(bank: Bank, report: ExportReport, title: str | None = None) -> list[tuple[str, str]]:
    title = title or bank_title(bank)
    assessment_id = ident("assessment", *[q["id"] for q in bank["questions"]])
    body = assessment_xml(bank, report, assessment_id, title)
    total = sum(points(q) for q in bank["questions"])
    return [
        ("imsmanifest.xml", manifest_xml(assessment_id, title)),
        ("non_cc_assessments/", ""),
        (f"{assessment_id}/assessment_meta.xml", assessment_meta_xml(assessment_id, title, total)),
        (f"{assessment_id}/{assessment_id}.xml", body),
    ]


def write(bank: Bank, path: Path, report: ExportReport, title: str | None = None, **_) -> None:
    write_zip(path, package_members(bank, report, title))
