"""Hostile input corpus: text for every field and malformed files (generators, so no binary lives in git)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

#: Strings that have broken CSV, spreadsheets, PDFs, terminals, SQL or file systems somewhere.
HOSTILE_TEXT: list[str] = [
    "=HYPERLINK(\"http://x\",\"클릭\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
    "쉼표, \"따옴표\", 줄\n바꿈", "<script>alert(1)</script>", "x<y & a>b", "<img src=/etc/passwd>",
    "../../../etc/passwd", "..\\..\\Windows\\win.ini", "CON", "aux.txt", "con.csv",
    "'; DROP TABLE projects; --", "%_%", "\u202eRTL 덮어쓰기\u202c", "제로\u200b폭", "\ufeffBOM",
    "\u1100\u1161\u11af\u1103\u1173\u11bc",  # 갈등 decomposed (NFD)
    "🙂 이모지 👨‍👩‍👧", "\x07벨\x1b[31m색\x1b[0m", "가" * 5000, " ", "",
    "BEGIN:VEVENT\r\nSUMMARY:주입\r\nEND:VEVENT", "null", "None", "0x00",
    # Markup, formulas and format strings the reports and CLI must print literally.
    "<b>굵게</b> & x<y", '<img src="/etc/passwd">', "<para>문단</para>", "]]>", "=1+1", "+cmd", "-2", "\n=1",
    "%s %n {0} {}", "'; DROP TABLE projects;--", "\\서버\\공유;쉼표,역슬래시\\",
    "널\x00문자", "\x00\x01\x02\x1f\x7f\x85", "https://example.com/악성", "LPT1", "a" * 300 + "🙂",
]

#: Strings the storage cannot hold (lone surrogates): saving one must be refused with a clear message.
UNSTORABLE_TEXT: list[str] = ["짝없는\ud800서로게이트", "\udfff"]


def zip_bomb(path: Path, uncompressed_mb: int = 200) -> Path:
    """An xlsx-named zip whose sheet inflates to ``uncompressed_mb`` MB (≈200 KB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            chunk = b"0" * (1 << 20)
            for _ in range(uncompressed_mb):
                fh.write(chunk)
    return path


def entity_bomb_xlsx(path: Path) -> Path:
    """A minimal xlsx whose shared strings hold a billion-laughs entity expansion."""
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    sst = (f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">{lol}]>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&l9;</t></si></sst>')
    _xlsx(path, sheet_rows='<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared=sst)
    return path


def _xlsx(path: Path, sheet_rows: str, shared: str | None = None) -> None:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Default Extension="xml" ContentType="application/xml"/>'
                    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                    '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        zf.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{rel[:-13]}package/2006/relationships">'
                    f'<Relationship Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    f'<?xml version="1.0"?><Relationships xmlns="{rel[:-13]}package/2006/relationships">'
                    f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                    + (f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                       if shared else "") + "</Relationships>")
        zf.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'
                    f"{sheet_rows}</sheetData></worksheet>")
        if shared:
            zf.writestr("xl/sharedStrings.xml", shared)


def empty_sheet_xlsx(path: Path) -> Path:
    _xlsx(path, sheet_rows="")
    return path


def formula_without_cache_xlsx(path: Path) -> Path:
    """A formula cell with no cached value (files written by scripts): data_only reads it as None."""
    _xlsx(path, sheet_rows='<row r="1"><c r="A1"><f>1+1</f></c><c r="B1" t="inlineStr"><is><t>=cmd</t></is></c></row>')
    return path


def cp949_csv(path: Path) -> Path:
    path.write_bytes("사업코드,사업명,예산\nP-1,갈등 관리 센터,40억\n".encode("cp949"))
    return path


def utf8_bom_csv(path: Path) -> Path:
    path.write_bytes("\ufeff사업코드,사업명\nP-1,소각장\n".encode())
    return path


def wide_csv(path: Path, columns: int = 20000) -> Path:
    path.write_text(",".join(f"c{i}" for i in range(columns)) + "\n" + ",".join("x" * columns) + "\n",
                    encoding="utf-8")
    return path


def binary_garbage(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 64)
    return path


def files(folder: Path) -> dict[str, Path]:
    """Every hostile file, written into ``folder``."""
    return {
        "zip_bomb.xlsx": zip_bomb(folder / "zip_bomb.xlsx"),
        "entity_bomb.xlsx": entity_bomb_xlsx(folder / "entity_bomb.xlsx"),
        "empty_sheet.xlsx": empty_sheet_xlsx(folder / "empty_sheet.xlsx"),
        "formula.xlsx": formula_without_cache_xlsx(folder / "formula.xlsx"),
        "cp949.csv": cp949_csv(folder / "cp949.csv"),
        "utf8_bom.csv": utf8_bom_csv(folder / "utf8_bom.csv"),
        "wide.csv": wide_csv(folder / "wide.csv"),
        "garbage.xlsx": binary_garbage(folder / "garbage.xlsx"),
    }


def in_memory_zip_ratio(path: Path) -> float:
    """Uncompressed / compressed size of a zip (the import's bomb guard checks this before opening)."""
    with zipfile.ZipFile(path) as zf:
        total = sum(i.file_size for i in zf.infolist())
    return total / max(1, path.stat().st_size)


__all__ = ["HOSTILE_TEXT", "UNSTORABLE_TEXT", "files", "in_memory_zip_ratio", "io"]
