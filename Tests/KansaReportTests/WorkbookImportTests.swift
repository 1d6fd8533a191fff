import Foundation
import Testing
import KansaCore
import TestSupport
@testable import KansaReport

/// `kansa import FILE.xlsx`: the seed's 結果一覧 read from a workbook into an audit.
struct WorkbookImportTests {
    let sample = SampleAudit.audit

    func imported(_ workbook: TestWorkbook, limits: WorkbookLimits = WorkbookLimits()) throws -> Audit {
        try MatrixWorkbook.importAudit(
            try workbook.bytes(), fallbackTitle: "book", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 6, day: 1),
            limits: limits)
    }

    func problem(_ bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits()) -> WorkbookProblem? {
        do {
            _ = try MatrixWorkbook.importAudit(
                bytes, fallbackTitle: "book", fiscalYear: 2024, auditDate: LocalDate(year: 2024, month: 6, day: 1), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func problem(_ workbook: TestWorkbook, limits: WorkbookLimits = WorkbookLimits()) throws -> WorkbookProblem? {
        problem(try workbook.bytes(), limits: limits)
    }

    /// The sample as the seed's attachment writes it: its numerals (I II Ⅲ Ⅳ), its `-` in II, its legends after II
    /// and IV, its title rows merged across, its 備考 row in III.
    var seedSheet: TestWorkbook {
        let titles = ["I 人的セキュリティに関して", "II 物的セキュリティに関して", "Ⅲ 特定個人情報の適切な取扱いに関して",
                      "Ⅳ 住民情報基幹系ファイルサーバ内の電子データ等の適正な取扱いに関して"]
        var rows: [[String]] = [["令和5年度（上半期）情報セキュリティ内部監査結果一覧"], []]
        var merges = ["A1:G1"]
        for (section, title) in zip(sample.sections, titles) {
            rows.append([title])
            merges.append("A\(rows.count):G\(rows.count)")
            rows.append(["監査内容", "企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"])
            for item in section.items {
                rows.append([item.listWording] + item.cells.map { cell in
                    section.numeral == "II" && cell.verdict == .notApplicable ? "-" : cell.verdict?.symbol ?? ""
                })
            }
            if !section.remarks.isEmpty {
                rows.append([section.remarksLabel] + sample.divisions.map { section.remarks[$0.id] ?? "" })
            }
            if section.numeral == "II" || section.numeral == "IV" {
                rows.append(["○：適正 △：監査指導により改善 ×：改善を要する -：該当なし"])
            }
            rows.append([])
        }
        return TestWorkbook(rows: rows, merges: merges)
    }

    @Test func theSeedsResultListIsTheSamplesMatrix() throws {
        let audit = try imported(seedSheet)
        #expect(audit.title == "令和5年度（上半期）情報セキュリティ内部監査")
        #expect(audit.divisions.map(\.shortName) == sample.divisions.map(\.shortName))
        #expect(audit.divisions.map(\.name) == sample.divisions.map(\.shortName))
        #expect(audit.sections.map(\.numeral) == ["I", "II", "III", "IV"])
        #expect(audit.sections.map(\.title) == sample.sections.map(\.title))
        #expect(audit.itemCount == 28)
        for ((_, got), (_, want)) in zip(audit.allItems, sample.allItems) {
            #expect(got.number == want.number && got.title == want.title && got.explanation == want.explanation)
            #expect(got.cells.map(\.verdict) == want.cells.map(\.verdict), "\(want.number) \(want.title)")
        }
        #expect(audit.sections[2].remarksLabel == "備考（特定個人情報の取扱い）")
        #expect(audit.sections[2].remarks["division-5"] == "生活保護")
        #expect(audit.sections[2].remarks.count == 6)
        #expect(audit.sections[0].remarks.isEmpty)

        #expect(audit.adoptingSetUp(of: sample) == sample.withoutHearings)
    }

    @Test func kansasOwnLayoutWithInlineStringsComesBack() throws {
        var workbook = TestWorkbook(resultListOf: sample)
        workbook.inlineStrings = true
        #expect(try imported(workbook).adoptingSetUp(of: sample) == sample.withoutHearings)
    }

    /// `--from` takes full names by short name; the sheet's 備考 row wins over the earlier remarks.
    @Test func theSheetsRemarksAndTheEarlierNames() throws {
        var workbook = seedSheet
        let remarks = workbook.rows.firstIndex { $0.first?.hasPrefix("備考") == true }!
        workbook.rows[remarks][5] = "生活保護（新）"
        workbook.rows[remarks][4] = ""
        let audit = try imported(workbook).adoptingSetUp(of: sample)
        #expect(audit.divisions == sample.divisions)
        #expect(audit.sections[2].remarks["hogo"] == "生活保護（新）")
        #expect(audit.sections[2].remarks["zaisei"] == nil)
        #expect(audit.sections[1].remarks.isEmpty)
    }

    /// A section new to this sheet keeps its own 備考, keyed by the earlier audit's divisions.
    @Test func aNewSectionsRemarksFollowTheDivisions() throws {
        var workbook = seedSheet
        workbook.rows += [["V 新しい区分に関して"], ["監査内容", "企画", "人事行政", "デジタル都市", "財政", "保護", "医療対策"],
                          ["1 新しい項目", "○", "○", "○", "○", "○", "○"], ["備考", "", "", "", "", "新規"]]
        let audit = try imported(workbook).adoptingSetUp(of: sample)
        #expect(audit.sections[4].heading == "V 新しい区分")
        #expect(audit.sections[4].remarks == ["hogo": "新規"])
        #expect(audit.sections[4].id == "section-5")
    }

    @Test func lookAlikeVerdictsAndMergedCells() throws {
        let workbook = TestWorkbook(rows: [
            ["I 人的"],
            ["監査内容", "企画", "財政", "保護", "医療"],
            ["1 一", "〇", "ー", "―", "x"],
            ["2 二", "○", "-", "▲", "✕"],
            ["3 三", "－"],
            ["4 四", "△", "", "", "×"],
        ], merges: ["A1:E1", "B5:E5"])
        let audit = try imported(workbook)
        #expect(audit.sections[0].items.map { $0.cells.map { $0.verdict?.symbol ?? "" }.joined(separator: " ") } == [
            "○ － － ×", "○ － △ ×", "－ － － －", "△   ×",
        ])
    }

    @Test func theProblemNamesTheSheetAndTheCell() throws {
        var workbook = seedSheet
        workbook.rows[11][3] = "◎"
        let problem = try #require(try problem(workbook))
        #expect(problem.description(in: .en) == "結果一覧!D12: \"◎\" is not a verdict (○ △ × －)")
        #expect(problem.description(in: .ja) == "結果一覧!D12: \"◎\" は判定ではありません（○ △ × －）")
    }

    @Test func itemWordings() {
        func item(_ text: String) -> String {
            let parts = ListWording.item(text)
            return "\(parts.number)|\(parts.title)|\(parts.explanation)"
        }
        #expect(item("2 パソコンの取扱い（1）離席時におけるパソコンの第三者使用を防止措置") == "2(1)|パソコンの取扱い|離席時におけるパソコンの第三者使用を防止措置")
        #expect(item("5 公務用USBメモリの取扱い（2）適正な保管（施錠管理）") == "5(2)|公務用USBメモリの取扱い|適正な保管（施錠管理）")
        #expect(item("3 ID・パスワードの取扱い（他人に教えない）") == "3|ID・パスワードの取扱い|他人に教えない")
        #expect(item("2(1) パソコンの取扱い（離席時）") == "2(1)|パソコンの取扱い|離席時")
        #expect(item("１２　周辺機器の取り扱い") == "12|周辺機器の取り扱い|")
        #expect(item("5 基幹系システム（総合福祉システム含む）の端末") == "5|基幹系システム（総合福祉システム含む）の端末|")
        #expect(item("周辺機器") == "|周辺機器|")
        #expect(item("2021年度の研修") == "|2021年度の研修|")
        let sections = ["I 人的セキュリティに関して", "Ⅲ 特定個人情報", "Ⅳ特定", "IT推進", "3．区分3", "ＩＩ　物的"].map {
            let parts = ListWording.section($0)
            return "\(parts.numeral)|\(parts.title)"
        }
        #expect(sections == ["I|人的セキュリティ", "III|特定個人情報", "IV|特定", "|IT推進", "3|区分3", "II|物的"])
    }

    @Test func aFormulasSavedValueIsReadAndOneWithoutIsRefused() throws {
        var workbook = TestWorkbook(rows: [["I 人的"], ["監査内容", "企画"], ["1 一", ""]])
        let sheet = { (cell: String) in
            """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>I 人的</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>監査内容</t></is></c><c r="B2" t="inlineStr"><is><t>企画</t></is></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>1 一</t></is></c>\(cell)</row></sheetData></worksheet>
            """
        }
        workbook.parts["xl/worksheets/sheet1.xml"] = sheet(#"<c r="B3" t="str"><f>IF(1,"○","×")</f><v>○</v></c>"#)
        #expect(try imported(workbook).sections[0].items[0].cells[0].verdict == .compliant)
        workbook.parts["xl/worksheets/sheet1.xml"] = sheet(#"<c r="B3"><f>NOW()</f></c>"#)
        #expect(try problem(workbook)?.description.hasPrefix("結果一覧!B3: the formula =NOW() has no saved value") == true)
        workbook.parts["xl/worksheets/sheet1.xml"] = sheet(#"<c r="B3" t="str"><f>[1]Sheet1!A1</f><v>○</v></c>"#)
        #expect(try problem(workbook)?.description.hasPrefix("結果一覧!B3: the formula =[1]Sheet1!A1 refers to another workbook") == true)
        workbook.parts["xl/worksheets/sheet1.xml"] = sheet(#"<c r="B3" t="e"><v>#REF!</v></c>"#)
        #expect(try problem(workbook)?.description == "結果一覧!B3: holds the error #REF! instead of a value")
    }

    /// Excel may leave out a row's number and a cell's place: each then follows the one before.
    @Test func rowsAndCellsWithoutTheirPlace() throws {
        var workbook = TestWorkbook(rows: [])
        workbook.parts["xl/worksheets/sheet1.xml"] = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row><c t="inlineStr"><is><t>I 人的</t></is></c></row>\
            <row><c t="inlineStr"><is><t>監査内容</t></is></c><c t="inlineStr"><is><t>企画</t></is></c></row>\
            <row r="5"><c t="inlineStr"><is><t>1 一</t></is></c><c r="C5" t="inlineStr"><is><t>◎</t></is></c></row>\
            </sheetData></worksheet>
            """
        let outside = try imported(workbook)
        #expect(outside.sections[0].items.map(\.title) == ["一"])
        #expect(outside.sections[0].items[0].cells[0].verdict == nil, "C5 is beside the matrix")
        workbook.parts["xl/worksheets/sheet1.xml"] = workbook.parts["xl/worksheets/sheet1.xml"]!
            .replacingOccurrences(of: "<c r=\"C5\"", with: "<c")
        #expect(try problem(workbook)?.description == "結果一覧!B5: \"◎\" is not a verdict (○ △ × －)")
    }

    /// Some writers put the sheet's elements under a namespace prefix (`<x:row>`): they are read by their local names.
    @Test func prefixedElements() throws {
        var workbook = TestWorkbook(rows: [])
        workbook.parts["xl/worksheets/sheet1.xml"] = """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Ⅰ 人的</x:t></x:is></x:c></x:row>\
            <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>監査内容</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>企画</x:t></x:is></x:c></x:row>\
            <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>1 一</x:t></x:is></x:c><x:c r="B3" t="inlineStr"><x:is><x:t>△</x:t></x:is></x:c></x:row>\
            </x:sheetData></x:worksheet>
            """
        let audit = try imported(workbook)
        #expect(audit.sections.map(\.heading) == ["I 人的"])
        #expect(audit.sections[0].items[0].cells[0].verdict == .improved)
    }

    /// A link to another file is never followed: its part is not even read.
    @Test func externalLinksAreNeverOpened() throws {
        var workbook = seedSheet
        workbook.parts["xl/externalLinks/externalLink1.xml"] = #"<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="r"/></externalLink>"#
        workbook.parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/externalLinkPath" Target="file:///etc/passwd" TargetMode="External"/></Relationships>"#
        #expect(try imported(workbook).itemCount == 28)
    }

    @Test func readingAidsOfSharedStringsAreLeftOut() throws {
        var workbook = TestWorkbook(rows: [["I 人的"], ["監査内容", "企画"], ["1 一", "○"]])
        workbook.parts["xl/sharedStrings.xml"] = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>I 人的</t></si><si><t>監査内容</t></si>\
            <si><t>企画</t><rPh sb="0" eb="2"><t>キカク</t></rPh><phoneticPr fontId="1"/></si>\
            <si><r><t>1 </t></r><r><t>一</t></r></si><si><t>○</t></si></sst>
            """
        let audit = try imported(workbook)
        #expect(audit.divisions.map(\.name) == ["企画"])
        #expect(audit.sections[0].items[0].title == "一")
    }

    @Test func theFirstSheetWhenNoneIsNamed結果一覧() throws {
        let workbook = TestWorkbook(sheetName: "Sheet1", rows: [["I 人的"], ["監査内容", "企画"], ["1 一", "○"]])
        #expect(try imported(workbook).itemCount == 1)
    }

    @Test func aSheetThatIsNotAMatrix() throws {
        #expect(try problem(TestWorkbook(rows: [["氏名", "電話"], ["山田", "123"]]))?.description
            == "結果一覧: no header row (監査内容 and the divisions' short names): not a 結果一覧 matrix")
        #expect(try problem(TestWorkbook(rows: [["I 人的"], ["監査内容", "企画"]]))?.description
            == "結果一覧!A2: the section I 人的 has no item rows")
        #expect(try problem(TestWorkbook(rows: [["監査内容", "企画"], ["1 一", "○"]]))?.description
            == "結果一覧!A1: the header row has no section title row above it (I 人的セキュリティに関して)")
        #expect(try problem(TestWorkbook(rows: [["I 人的"], ["監査内容"], ["1 一", "○"]]))?.description
            == "結果一覧!A2: the header row names no division after 監査内容")
    }

    @Test func aDamagedOrEncryptedFile() throws {
        let good = try seedSheet.bytes()
        #expect(problem(Array(good.prefix(good.count / 2)))?.description == "not an xlsx workbook: its ZIP container is damaged or missing")
        #expect(problem(Array("PK\u{3}\u{4}garbage".utf8))?.description == "not an xlsx workbook: its ZIP container is damaged or missing")
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(problem(compound)?.description == "an encrypted workbook or an old Excel file (.xls); save it in Excel as an .xlsx without a password")
        #expect(problem(compound)?.description(in: .ja).hasPrefix("パスワード付きのブックか古い Excel 形式") == true)

        // A byte of the sheet's packed data changed: it no longer unpacks, or its checksum no longer holds.
        var damaged = good
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = (0..<(damaged.count - name.count)).first { damaged[$0..<($0 + name.count)].elementsEqual(name) }!
        damaged[header + name.count + 20] ^= 0xFF
        #expect(problem(damaged)?.description.hasPrefix("xl/worksheets/sheet1.xml: damaged") == true)

        // Every part marked encrypted in the central directory: not damaged, packed in a way kansa does not read.
        var encrypted = good
        for at in 0..<(encrypted.count - 4) where encrypted[at..<(at + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            encrypted[at + 8] |= 1
        }
        #expect(problem(encrypted)?.description.contains("packed in a way kansa does not read") == true)
    }

    @Test func zipBombsAreRefusedWhileUnpacking() throws {
        var workbook = seedSheet
        workbook.parts["xl/sharedStrings.xml"] = String(repeating: " ", count: 4 << 20)
        #expect(try problem(workbook)?.description == "xl/sharedStrings.xml: unpacks to more than 100 times its packed size; refused as a ZIP bomb")
        var limits = WorkbookLimits()
        limits.compressionRatio = 10_000
        limits.unpackedBytes = 2 << 20
        #expect(try problem(workbook, limits: limits)?.description
            == "xl/sharedStrings.xml: unpacks to more than 2 MiB with the parts before it; refused as a ZIP bomb")
    }

    @Test func aSheetOfAMillionRowsIsRefusedAtTheLimit() throws {
        var workbook = seedSheet
        var sheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        sheet.reserveCapacity(40_000_000)
        for r in 1...1_000_000 { sheet += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r)</v></c></row>" }
        workbook.parts["xl/worksheets/sheet1.xml"] = sheet + "</sheetData></worksheet>"
        let bytes = try workbook.bytes()
        let start = Date()
        #expect(problem(bytes)?.description == "結果一覧: more than 10000 rows; a 結果一覧 has a row per item, so this is not one")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func documentTypesAndEntitiesAreRefused() throws {
        var workbook = seedSheet
        workbook.parts["xl/workbook.xml"] = """
            <?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&x;" sheetId="1" r:id="rId1" xmlns:r="r"/></sheets></workbook>
            """
        #expect(try problem(workbook)?.description
            == "xl/workbook.xml: declares a document type or entities (<!DOCTYPE …>), which a workbook never does; kansa does not read them")
        workbook.parts["xl/workbook.xml"] = "<workbook><sheets></workbook>"
        let broken = try problem(workbook)?.description ?? ""
        #expect(broken.hasPrefix("xl/workbook.xml: not well-formed XML"), "\(broken)")
    }
}
