"""The ETL's messages (refusals, build warnings, corrections not applied) read in Chinese."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from etl.building.build import build_warehouse
from etl.reading.intake import accept
from presentation.messages import MESSAGES_ZH, in_language
from tests.helpers import reads_in_chinese

ROOT = Path(__file__).resolve().parents[1]
# Where the messages an analyst or a leader sees are written.
SOURCES = sorted(
    [
        *(ROOT / "etl" / "reading").glob("*.py"),
        *(ROOT / "etl" / "building").glob("*.py"),
        ROOT / "etl" / "corrections.py",
        ROOT / "app" / "review.py",
    ]
)
# Calls whose text argument becomes a message: exceptions, refusals, warnings, conflicts.
MESSAGE_CALLS = {
    "BuildBusy",
    "BuildError",
    "BuildInterrupted",
    "GateFailed",
    "Intake",
    "MetaError",
    "ReadError",
    "Rejected",
    "SandboxError",
    "StoreError",
    "ValueError",
}
# Lists a build returns to the page: its warnings, and corrections not applied.
MESSAGE_LISTS = {"warnings", "conflicts"}


def _template(node: ast.AST) -> str | None:
    """A message as its template: literal text with {} where a value is filled in."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _messages_in(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        texts: list[ast.AST] = []
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            owner = getattr(func, "value", None)
            listed = name == "append" and (
                getattr(owner, "id", None) in MESSAGE_LISTS
                or getattr(owner, "attr", None) in MESSAGE_LISTS
            )
            if name in MESSAGE_CALLS or listed:
                for arg in node.args:
                    texts += arg.elts if isinstance(arg, ast.Tuple) else [arg]
        elif isinstance(node, ast.DictComp):  # reasons keyed by report
            texts.append(node.value)
        for text in texts:
            template = _template(text)
            if template and " " in template and re.match(r"[a-z{]", template):
                found.add(template)
    return found


def test_every_message_the_etl_writes_reads_in_chinese():
    written = set().union(*map(_messages_in, SOURCES))
    assert len(written) > 60  # the scan finds them (it reads raises, refusals and warnings)
    english = {}
    for template in written:
        shown = in_language(template.replace("{}", "7"), "zh")
        if re.search("[a-z]", template.replace("{}", "")) and not reads_in_chinese(shown):
            english[template] = shown
    assert english == {}


def test_every_chinese_template_fills_in_what_its_english_template_leaves_open():
    for english, chinese in MESSAGES_ZH.items():
        holes = english.count("{}")
        assert sorted(re.findall(r"\{(\d)\}", chinese)) == [str(i) for i in range(holes)], english


def test_a_wrapped_reason_reads_in_chinese_throughout():
    reason = (
        "bad metadata: a.meta.yml: published must be a real date (YYYY-MM-DD), not '2024-13-01'"
    )
    assert in_language(reason, "zh") == (
        "元数据有误：a.meta.yml：发布日期须为有效日期（YYYY-MM-DD），而非 '2024-13-01'"
    )
    nested = "bad metadata: b.meta.yml: articles entry 2: publisher must be text, not list"
    assert in_language(nested, "zh") == (
        "元数据有误：b.meta.yml：articles 第 2 项：publisher 须为文本，而非 list"
    )


def test_values_inside_a_message_are_kept_as_written():
    reason = "the file is 12 MB, over the 10 MB limit for pdf reports"
    assert in_language(reason, "zh") == "文件大小 12 MB，超过PDF报告 10 MB 的上限"
    assert in_language("the content is an image (a scan?), not a text report", "zh") == (
        "内容是图片（扫描件？），不是文本报告"
    )


def test_english_readers_and_unknown_messages_get_the_message_as_written():
    reason = "the PDF is encrypted"
    assert in_language(reason, "en") == reason
    assert in_language("something no template knows", "zh") == "something no template knows"


def test_refusals_of_real_uploads_read_in_chinese(tmp_path):
    uploads = {
        "empty.txt": b"   \n",
        "scan.txt": b"%PDF-1.7\n" + b"\x00" * 64,
        "english.txt": b"Winter relief reached many households this year. " * 20,
        "nul.txt": b"\xe5\x86\xac\x00\x00\x00\x01\x02" * 40,
        "photo.pdf": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    }
    for name, data in uploads.items():
        result = accept(name, data, tmp_path)
        assert not result.accepted
        assert reads_in_chinese(in_language(result.reason, "zh")), (name, result.reason)


def test_a_builds_rejects_and_warnings_read_in_chinese(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "good.txt").write_text(
        "某县民政局开展春节走访慰问，共走访困难群众120户，发放慰问金3.6万元。", encoding="utf-8"
    )
    (reports / "bad-meta.txt").write_text("某镇送温暖，发放棉被50床。", encoding="utf-8")
    (reports / "bad-meta.meta.yml").write_text("province_hint: 火星\n", encoding="utf-8")
    (reports / "empty.txt").write_bytes(b"")
    summary = build_warehouse(reports, tmp_path / "w.duckdb", quiet=True)
    reasons = dict(summary["rejected"])
    assert set(reasons) == {"bad-meta.txt", "empty.txt"}
    assert all(reads_in_chinese(in_language(r, "zh")) for r in reasons.values()), reasons
    assert in_language(reasons["empty.txt"], "zh") == "文件为空"
