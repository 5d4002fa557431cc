#!/usr/bin/env python3
"""Writes a members workbook of N rows (default 100,000) for the import benchmark, the way Excel
writes one: shared strings, dates as date cells, one sheet. The members are spread over the cells
of province P01 of national-tree.sql (P01-X001-C01 … P01-X100-C87), with distinct valid national
ID numbers. Usage: bench/members-workbook.py OUT.xlsx [ROWS]   (Python 3 standard library only)"""
import random
import sys
import zipfile
from datetime import date, timedelta
from xml.sax.saxutils import escape

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rng = random.Random(20261203)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Mỹ", "Bích"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tâm",
           "Thắng", "Trung", "Việt"]
GIVEN_F = ["Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương",
           "Thảo", "Trang", "Yến"]
HEADERS = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo", "Mã chi bộ",
           "Ngày quyết định kết nạp", "Ngày lễ kết nạp", "Ngày chính thức"]
EPOCH = date(1899, 12, 30)

strings, index = [], {}


def shared(text):
    if text not in index:
        index[text] = len(strings)
        strings.append(text)
    return index[text]


def column(i):
    return chr(ord("A") + i)


def text_cell(ref, text):
    return f'<c r="{ref}" t="s"><v>{shared(text)}</v></c>'


def date_cell(ref, day):
    return f'<c r="{ref}" s="1"><v>{(day - EPOCH).days}</v></c>'


def sheet_rows():
    yield "<row r=\"1\">" + "".join(text_cell(f"{column(i)}1", h) for i, h in enumerate(HEADERS)) + "</row>"
    for n in range(rows):
        r = n + 2
        male = rng.random() < 0.6
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
        name = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE_M if male else MIDDLE_F),
                         rng.choice(GIVEN_M if male else GIVEN_F)])
        century = 0 if born.year < 2000 else 2
        national_id = f"001{century + (0 if male else 1)}{born.year % 100:02d}{n:06d}"
        cell = f"P01-X{n % 100 + 1:03d}-C{(n // 100) % 87 + 1:02d}"
        decided = max(born + timedelta(days=19 * 366), date(1990, 1, 1)) + timedelta(days=rng.randrange(3000))
        decided = min(decided, date(2025, 6, 30))
        ceremony = decided + timedelta(days=rng.randrange(5, 30))
        official = ceremony + timedelta(days=366)
        cells = [text_cell(f"A{r}", name), date_cell(f"B{r}", born), text_cell(f"C{r}", "Nam" if male else "Nữ"),
                 text_cell(f"D{r}", national_id), text_cell(f"E{r}", "Kinh"), text_cell(f"F{r}", "Không"),
                 text_cell(f"G{r}", cell), date_cell(f"H{r}", decided), date_cell(f"I{r}", ceremony),
                 date_cell(f"J{r}", official)]
        yield f'<row r="{r}">' + "".join(cells) + "</row>"


with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for line in sheet_rows():
            sheet.write(line.encode("utf-8"))
        sheet.write(b"</sheetData></worksheet>")
    z.writestr("xl/sharedStrings.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
               f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""")
    z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""")
    z.writestr("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Đảng viên" sheetId="1" r:id="rId1"/></sheets></workbook>""")
    z.writestr("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>""")
    z.writestr("xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>""")
print(f"{out}: {rows} members, {len(strings)} distinct strings")
