/// A small, tolerant tag scanner that reads the tables of the two markup
/// inputs: the saved UNTC status page (HTML) and the MTDSG XML.
///
/// Why not a parser:
/// - HTML: no HTML parser is among this machine's Swift packages (SwiftSoup
///   is not available), and a saved page is not well-formed XML (unclosed
///   `<td>`, `<br>`, `&nbsp;`, stray `&`, inline scripts), so an XML parser
///   rejects it.
/// - XML: Foundation's `XMLParser` lives in FoundationXML, which links
///   libxml2 into the binary: slower start-up and a harder static link for a
///   command-line tool. The MTDSG file needs no more than this scanner
///   already does for HTML, so one scanner serves both.
///
/// What it understands: start, end and self-closing tags (attributes are
/// skipped, quoted values may hold `>`), comments, `<!DOCTYPE>` and `<?xml?>`,
/// CDATA, and the content of `<script>`/`<style>`, which it skips. Tables are
/// `<table>`/`<Table>` elements, rows `<tr>`/`<Row>`, cells `<td>`, `<th>`
/// and `<Entry>`; names are compared without case or namespace prefix. A row
/// or cell left open is closed by the next one, as browsers do. Footnotes,
/// `<sup>` and `<superscript>`, are dropped with their content. Tables inside
/// a cell are read as tables of their own; the caller picks the status table
/// by its header row.
enum UNTCMarkupScanner {
    struct Table: Equatable {
        /// Order of the opening tags in the document.
        var order: Int
        var rows: [UNTCRawRow]
        /// Inside a `<Participants>` element (the MTDSG XML).
        var insideParticipants: Bool
    }

    private struct Builder {
        var order: Int
        var insideParticipants: Bool
        var rows: [UNTCRawRow] = []
        var row: UNTCRawRow?
        var cell: String?

        mutating func closeCell() {
            if let cell { row?.cells.append(cell) }
            cell = nil
        }
        mutating func closeRow() {
            closeCell()
            if let row { rows.append(row) }
            row = nil
        }
        mutating func openRow(line: Int) {
            closeRow()
            row = UNTCRawRow(line: line, cells: [])
        }
        mutating func openCell(line: Int) {
            closeCell()
            if row == nil { row = UNTCRawRow(line: line, cells: []) }
            cell = ""
        }
        mutating func append(_ text: String) {
            if cell != nil { cell! += text }
        }
        var table: Table { Table(order: order, rows: rows, insideParticipants: insideParticipants) }
    }

    /// Every table in the document, in document order.
    static func tables(in text: String) -> [Table] {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var i = 0
        var line = 1
        var stack: [Builder] = []
        var finished: [Table] = []
        var opened = 0
        var footnoteDepth = 0
        var participantsDepth = 0

        /// Moves to `j`, counting the line breaks passed.
        func advance(to j: Int) {
            var k = i
            while k < j {
                if s[k] == "\n" { line += 1 }
                k += 1
            }
            i = j
        }
        func matches(_ literal: String, at k: Int, ignoringCase: Bool = false) -> Bool {
            var k = k
            for scalar in literal.unicodeScalars {
                guard k < n else { return false }
                let c = s[k]
                if ignoringCase ? lower(c) != lower(scalar) : c != scalar { return false }
                k += 1
            }
            return true
        }
        func find(_ literal: String, from k: Int, ignoringCase: Bool = false) -> Int? {
            var k = k
            while k < n {
                if matches(literal, at: k, ignoringCase: ignoringCase) { return k }
                k += 1
            }
            return nil
        }
        func addText(_ text: String) {
            guard footnoteDepth == 0, !stack.isEmpty else { return }
            stack[stack.count - 1].append(text)
        }

        while i < n {
            guard s[i] == "<" else {
                var j = i
                while j < n && s[j] != "<" { j += 1 }
                addText(decodeEntities(s[i..<j]))
                advance(to: j)
                continue
            }
            if matches("<!--", at: i) {
                advance(to: find("-->", from: i + 4).map { $0 + 3 } ?? n)
                continue
            }
            if matches("<![CDATA[", at: i) {
                let end = find("]]>", from: i + 9) ?? n
                addText(String(String.UnicodeScalarView(s[(i + 9)..<end])))
                advance(to: min(n, end + 3))
                continue
            }
            if i + 1 < n, s[i + 1] == "!" || s[i + 1] == "?" {
                advance(to: find(">", from: i).map { $0 + 1 } ?? n)
                continue
            }
            let closing = i + 1 < n && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            guard j < n, s[j].properties.isAlphabetic else {
                addText("<")  // a lone "<" in text
                advance(to: i + 1)
                continue
            }
            let nameStart = j
            while j < n, s[j].properties.isAlphabetic || s[j].properties.numericType != nil || "-_:.".unicodeScalars.contains(s[j]) {
                j += 1
            }
            var name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            // The tag's end: the first ">" outside a quoted attribute value,
            // or, if a quote is never closed, simply the first ">".
            var k = j
            var quote: Unicode.Scalar?
            while k < n {
                let c = s[k]
                if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                k += 1
            }
            if k >= n { k = find(">", from: j) ?? n }
            let selfClosing = k > j && k <= n && s[k - 1] == "/"
            let tagLine = line
            advance(to: min(n, k + 1))

            switch name {
            case "script", "style":
                if !closing && !selfClosing {
                    let end = find("</\(name)", from: i, ignoringCase: true) ?? n
                    advance(to: end)
                }
            case "participants":
                if selfClosing { break }
                participantsDepth = max(0, participantsDepth + (closing ? -1 : 1))
            case "table":
                footnoteDepth = 0
                if closing {
                    if var table = stack.popLast() {
                        table.closeRow()
                        finished.append(table.table)
                    }
                } else {
                    var table = Builder(order: opened, insideParticipants: participantsDepth > 0)
                    opened += 1
                    if selfClosing {
                        finished.append(table.table)
                    } else {
                        table.rows.reserveCapacity(64)
                        stack.append(table)
                    }
                }
            case "tr", "row":
                footnoteDepth = 0
                guard !stack.isEmpty else { break }
                if closing || selfClosing {
                    stack[stack.count - 1].closeRow()
                } else {
                    stack[stack.count - 1].openRow(line: tagLine)
                }
            case "td", "th", "entry":
                footnoteDepth = 0
                guard !stack.isEmpty else { break }
                if closing {
                    stack[stack.count - 1].closeCell()
                } else {
                    stack[stack.count - 1].openCell(line: tagLine)
                    if selfClosing { stack[stack.count - 1].closeCell() }
                }
            case "sup", "superscript":
                if selfClosing { break }
                footnoteDepth = max(0, footnoteDepth + (closing ? -1 : 1))
            case "br", "p", "div", "li", "hr", "tbody", "thead":
                addText(" ")
            default:
                break
            }
        }
        while var table = stack.popLast() {
            table.closeRow()
            finished.append(table.table)
        }
        return finished.sorted { $0.order < $1.order }
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    // MARK: Entities

    /// Decodes character references: every numeric one (`&#160;`, `&#xA0;`)
    /// and the common named ones (`&nbsp;`, `&amp;`, `&eacute;`, `&rsquo;`,
    /// all of Latin-1 and a few typographic marks). An unknown name or a
    /// lone `&` stays as written.
    static func decodeEntities(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var k = s.startIndex
        while k < s.endIndex {
            if s[k] == "&",
                let semicolon = s[(k + 1)..<min(s.endIndex, k + 34)].firstIndex(of: ";"),
                let decoded = entity(String(String.UnicodeScalarView(s[(k + 1)..<semicolon])))
            {
                out.append(decoded)
                k = semicolon + 1
                continue
            }
            out.append(s[k])
            k += 1
        }
        return String(out)
    }

    static func decodeEntities(_ text: String) -> String {
        decodeEntities(Array(text.unicodeScalars)[...])
    }

    static func entity(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            return value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return namedEntities[body].flatMap(Unicode.Scalar.init)
    }

    static let namedEntities: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376,
            "Ccaron": 268, "ccaron": 269, "Zcaron": 381, "zcaron": 382, "Rcaron": 344, "rcaron": 345,
            "Ecaron": 282, "ecaron": 283, "Lstrok": 321, "lstrok": 322, "Sacute": 346, "sacute": 347,
            "Nacute": 323, "nacute": 324, "Zdot": 379, "zdot": 380, "Scedil": 350, "scedil": 351,
            "Gbreve": 286, "gbreve": 287, "Idot": 304, "imath": 305, "Abreve": 258, "abreve": 259,
            "ensp": 8194, "emsp": 8195, "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207,
            "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218,
            "ldquo": 8220, "rdquo": 8221, "bdquo": 8222, "dagger": 8224, "Dagger": 8225,
            "bull": 8226, "hellip": 8230, "prime": 8242, "lsaquo": 8249, "rsaquo": 8250,
            "euro": 8364, "trade": 8482, "minus": 8722,
        ]
        // Latin-1, U+00A0 to U+00FF, in order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
            Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
            agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
            eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = 0xA0 + UInt32(offset)
        }
        return table
    }()
}
