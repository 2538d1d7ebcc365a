"""Reading report files: exact decoding of the encodings reports arrive in, clear rejections."""

from __future__ import annotations

import pytest

from etl.reading.decode import ReadError, decode
from etl.reading.report import read_report

SENTENCES = [
    "走访摸排困难群众30801名，发放救助资金134237元。",
    "近5年累计筹集慈善款物20多亿元，惠及青海省困难群众近15000人次。",
    "牡丹江市慈善会开展“情暖新春·大爱雪城”慈善送温暖行动（据黑龙江省慈善总会网站）",
    "侴辉父子已为社会慈善事业捐款捐物1000余万元。",  # 侴 is outside GB2312
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("utf-16", b"")],
)
def test_text_decodes_exactly_in_every_accepted_encoding(sentence, encoding, prefix):
    data = prefix + sentence.encode(encoding)
    text, _ = decode(data)
    assert text == sentence
    assert "\ufffd" not in text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_saved_without_a_byte_order_mark_reads_exactly(encoding, tmp_path):
    text = "\n".join(SENTENCES) + "\n"
    report = tmp_path / "report.txt"
    report.write_bytes(text.encode(encoding))  # a Windows editor's "Unicode" without a BOM
    raw = read_report(report)
    assert (raw.text, raw.encoding) == (text, encoding)
    # bytes that hold NULs but read as no text stay refused
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReadError, match="binary"):
        read_report(junk)


def test_gbk_bytes_decode_as_gb18030():
    sentence = "发放取暖救助资金1.37亿元"
    assert decode(sentence.encode("gbk")) == (sentence, "gb18030")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"abc\x80\xff def", "neither UTF-8 nor GB18030"),
        (b"\xef\xbb\xbf\xff\xfe abc", "declares utf-8"),
    ],
)
def test_undecodable_bytes_are_rejected_with_the_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_reading_names_the_reason_for_each_bad_file(tmp_path):
    cases = {
        "scan.doc": (b"\xd0\xcf\x11\xe0", "unsupported file type '.doc'"),
        "broken.pdf": (b"%PDF-1.4\n", "PDF is truncated"),
        "notes.txt": (b"Quarterly meeting notes, nothing else", "no Chinese"),
        "empty.md": (b"", "empty"),
        "photo.pdf": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "an image"),
        "report.txt": (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "content is PDF"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError, match=reason):
            read_report(path)


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="cannot be opened"):
        read_report(tmp_path / "gone.txt")


def test_read_report_records_encoding_size_and_checksum(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(SENTENCES[0].encode("gb18030"))
    raw = read_report(path)
    assert (raw.text, raw.encoding, raw.size) == (SENTENCES[0], "gb18030", path.stat().st_size)
    assert len(raw.sha256) == 64
