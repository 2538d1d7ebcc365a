"""The ETL's messages (why a report was refused, build warnings, corrections not applied) in
the reader's language.

The ETL writes its messages in English: the command line, the rejects table and the logs keep
them so. The dashboard shows them in Chinese by matching each message against the templates
below, whose `{}` are the parts a message fills in; each part is translated in turn, so a
wrapped reason ("bad metadata: x.meta.yml: not valid YAML: …") reads in Chinese throughout.
A message no template matches is shown as written. tests/test_messages.py checks that every
message the ETL can raise has a template here.
"""

from __future__ import annotations

import re
from functools import cache

# English template → Chinese template ({0}, {1} … are the English template's {} in order).
MESSAGES_ZH = {
    # reading a report file
    "the file is empty": "文件为空",
    "the file holds binary data (NUL bytes), not text": "文件含二进制数据（NUL 字节），不是文本",
    "the text is neither UTF-8 nor GB18030/GBK nor Big5 (undecodable byte at offset {})": (
        "文本既不是 UTF-8，也不是 GB18030/GBK 或 Big5（第 {0} 字节无法解码）"
    ),
    "the text is not UTF-8 and reads as no Chinese text in {} ({} common characters as {})": (
        "文本不是 UTF-8，按 {0} 读也不是中文（按 {2} 读，常用字只占 {1}）"
    ),
    "the text is not UTF-8 and reads as Chinese both in {} and in {}: save it as UTF-8": (
        "文本不是 UTF-8，按 {0} 和按 {1} 都能读成中文，无法确定编码：请另存为 UTF-8"
    ),
    "the text is Korean (EUC-KR), not Chinese: not a report": (
        "文本是韩文（EUC-KR），不是中文，不是报告"
    ),
    "the file declares {} but byte {} is not valid {}": (
        "文件声明为 {0} 编码，但第 {1} 字节不是有效的 {2}"
    ),
    "the text holds almost no Chinese characters: not a report": "文本几乎没有汉字，不是报告",
    "unsupported file type '{}': expected {}": "不支持的文件类型“{0}”：应为 {1}",
    "the file is {} MB, over the {} MB limit for {} reports": (
        "文件大小 {0} MB，超过{2}报告 {1} MB 的上限"
    ),
    "the content is {}, not a {} report": "内容是{0}，不是{1}报告",
    "the name says {} but the content is {}": "文件名为 {0}，但内容是 {1}",
    "an image (a scan?)": "图片（扫描件？）",
    "a zip archive": "zip 压缩包",
    "binary data": "二进制数据",
    "text": "文本",
    "pdf": "PDF",
    "docx": "DOCX",
    "html": "HTML",
    "the file is a link to {} outside the reports folder": "文件是指向报告文件夹之外{0}的链接",
    "a folder": "文件夹",
    "somewhere": "位置",
    "the file cannot be opened: {}": "文件无法打开：{0}",
    "not a regular file (a pipe, device or folder)": "不是普通文件（管道、设备或文件夹）",
    "the file is {}, over the {} limit": "文件大小 {0}，超过 {1} 的上限",
    "the file cannot be read: {}": "文件无法读取：{0}",
    "the file grew over the {} limit while it was read": "读取时文件增大，超过 {0} 的上限",
    "the file kept changing while it was read ({} attempts)": (
        "读取时文件一直在变化（已尝试 {0} 次）"
    ),
    "{} for {} reports": "{0}（{1}报告）",
    "reading took longer than {} s": "读取超过 {0} 秒",
    "the reader stopped without an answer (memory or CPU limit)": (
        "读取进程未返回结果（超出内存或 CPU 限制）"
    ),
    "needs more memory than a report may take": "所需内存超过一份报告的上限",
    "the PDF is truncated (no end-of-file marker)": "PDF 不完整（缺少文件结束标记）",
    "the PDF is encrypted": "PDF 已加密",
    "the PDF cannot be parsed ({})": "PDF 无法解析（{0}）",
    "the PDF has no text layer (an image-only scan?)": "PDF 没有文字层（纯图片扫描件？）",
    "the PDF's text is garbled (fonts without a Unicode map)": (
        "PDF 的文字是乱码（字体缺少 Unicode 映射）"
    ),
    "the DOCX is not a readable zip archive": "DOCX 不是可读的 zip 压缩包",
    "the DOCX would unpack to {} MB (a zip bomb?)": "DOCX 解压后将达 {0} MB（压缩炸弹？）",
    "the DOCX cannot be opened ({})": "DOCX 无法打开（{0}）",
    # a report's metadata (.meta.yml)
    "aliases (*name) are not allowed in metadata": "元数据中不允许使用别名（*name）",
    "lists or mappings nested deeper than {} levels": "列表或映射嵌套超过 {0} 层",
    "{}{} must be text, not {}": "{0}{1} 须为文本，而非 {2}",
    "{}{} is {} characters, over {}": "{0}{1} 长 {2} 个字符，超过上限 {3}",
    "{}{} must start with http:// or https://: {}": "{0}{1} 须以 http:// 或 https:// 开头：{2}",
    "published {} lies outside {}–{}": "发布日期 {0} 不在 {1}–{2} 年之间",
    "published must be a real date (YYYY-MM-DD), not {}": (
        "发布日期须为有效日期（YYYY-MM-DD），而非 {0}"
    ),
    "province_hint {} is not a province of the gazetteer": "省份 {0} 不是地名表中的省份",
    "articles must be a list, not {}": "articles 须为列表，而非 {0}",
    "articles lists {} entries, over {}": "articles 列出 {0} 项，超过上限 {1}",
    "articles entry {}: {}": "articles 第 {0} 项：{1}",
    "{}must be a mapping, not {}": "{0}须为映射，而非 {1}",
    "{}article must be a whole number from 1, not {}": "{0}article 须为从 1 起的整数，而非 {1}",
    "the file is not UTF-8 text": "文件不是 UTF-8 文本",
    "not valid YAML: {}": "不是有效的 YAML：{0}",
    "a value cannot be read: {}": "有值无法读取：{0}",
    "a value cannot be read (a number too long or out of range)": (
        "有值无法读取（数字过长或超出范围）"
    ),
    "must be a mapping of fields, not {}": "须为字段映射，而非 {0}",
    # an upload
    "the file is {} MB, over the {} MB upload limit": "文件大小 {0} MB，超过 {1} MB 的上传上限",
    "metadata: {}": "元数据：{0}",
    "this report is already loaded (same content)": "此报告已载入（内容相同）",
    "a report of this name is already stored": "同名报告已存在",
    "the report could not be stored: {}": "报告未能保存：{0}",
    # a build
    "the file name is not UTF-8: rename the file": "文件名不是 UTF-8 编码：请重命名文件",
    "bad metadata: {}": "元数据有误：{0}",
    "extraction failed: {}: {}": "提取失败：{0}：{1}",
    "the build stopped, nothing was published: {}": "构建已停止，未发布任何内容：{0}",
    "the corrections store {} cannot be read: {}": "更正记录库 {0} 无法读取：{1}",
    "the published warehouse {} could not be read; it is rebuilt in full": (
        "已发布的仓库 {0} 无法读取，已全量重建"
    ),
    "{}: the version published before stays until the file can be read again": (
        "{0}：文件可再次读取之前，保留此前发布的版本"
    ),
    "{} changed while the build ran: the version of {} ({} bytes) was read; "
    "check that it is complete": (
        "{0} 在构建期间有改动：读取的是 {1} 时的版本（{2} 字节），请检查文件是否完整"
    ),
    "the Parquet copy could not be updated ({}); the next build writes it in full": (
        "Parquet 副本未能更新（{0}），下次构建将全量写入"
    ),
    "no report could be read; the published warehouse keeps its data": (
        "没有可读取的报告，已发布的仓库保持不变"
    ),
    "quality gate failed, nothing published:\n  {}": "质量检查未通过，未发布任何内容：\n  {0}",
    "held back: its figures broke the quality check {} "
    "(a defect of the extractor, not of the report)": (
        "暂缓发布：其数字未通过质量检查 {0}（这是提取程序的缺陷，不是报告的问题）"
    ),
    "another build of {} is running ({}); try again when it has finished": (
        "{0} 的另一次构建正在进行（{1}），请在其结束后重试"
    ),
    "another process": "另一进程",
    "interrupted: build stopped, nothing was published": "已中断：构建停止，未发布任何内容",
    # analysts' corrections
    "the stored correction is not valid: {}": "保存的更正无效：{0}",
    "its values are not readable": "其数值无法读取",
    "the report changed since this correction was made": "做出此更正之后，报告已有改动",
    "the quoted sentence is no longer at that place": "引用的句子已不在原处",
    "a figure already stands at that place": "该处已有一条数字",
    "the extractor no longer finds a figure there": "提取程序在该处已找不到数字",
    "{} is not counted in {}": "{0} 不以 {1} 计",
    "unknown action {}": "未知操作 {0}",
    "these fields cannot be corrected: {}": "这些字段不能更正：{0}",
    "unknown metric {}": "未知指标 {0}",
    "unknown qualifier {}": "未知限定词 {0}",
    "unknown status {}": "未知状态 {0}",
    "a value must be positive": "数值须为正数",
    "an added figure needs metric, value and unit": "新增数字须有指标、数值和单位",
    "the decision could not be saved, nothing was stored: {}": "决定未能保存，未存入任何内容：{0}",
    "the decisions could not be read from {}: {}": "无法从 {0} 读取审核决定：{1}",
    # a file name and what happened to it
    "{}: {}": "{0}：{1}",
}


@cache
def _templates() -> tuple[tuple[re.Pattern, str], ...]:
    """Each template as a whole-message pattern, the most specific (most fixed text) first."""
    compiled = []
    for english, chinese in MESSAGES_ZH.items():
        fixed = english.split("{}")
        pattern = re.compile("(.*?)".join(map(re.escape, fixed)) + r"\Z", re.S)
        compiled.append((sum(map(len, fixed)), pattern, chinese))
    compiled.sort(key=lambda entry: -entry[0])
    return tuple((pattern, chinese) for _, pattern, chinese in compiled)


def in_language(message: str, lang: str) -> str:
    """`message` as the reader of `lang` reads it (English messages stay as the ETL wrote them)."""
    if lang != "zh" or not message:
        return message
    for pattern, chinese in _templates():
        if found := pattern.match(message):
            return chinese.format(*(in_language(part, lang) for part in found.groups()))
    return message
