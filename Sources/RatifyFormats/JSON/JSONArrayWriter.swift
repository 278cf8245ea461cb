/// Writes a JSON array one element at a time, byte for byte what
/// `JSONOutput.string` writes for the whole array, so that a long list
/// (`status --all` over the depositary's 600 treaties) is never held whole.
public struct JSONArrayWriter {
    private let write: (String) -> Void
    private var count = 0

    public init(write: @escaping (String) -> Void) { self.write = write }

    public mutating func append(_ element: some Encodable) throws {
        // The element pretty-printed alone, one level deeper. The encoder
        // leaves the blank line of an empty array unindented; so does this.
        // Done on UTF-8 bytes: splitting a String by Character costs more
        // than the encoding itself.
        var out: [UInt8] = Array((count == 0 ? "[\n  " : ",\n  ").utf8)
        let element = Array(try JSONOutput.string(element).utf8.dropLast())
        out.reserveCapacity(element.count * 5 / 4)
        for (i, byte) in element.enumerated() {
            out.append(byte)
            if byte == UInt8(ascii: "\n"), i + 1 < element.count, element[i + 1] != UInt8(ascii: "\n") {
                out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")])
            }
        }
        write(String(decoding: out, as: UTF8.self))
        count += 1
    }

    public func finish() { write(count == 0 ? "[\n\n]\n" : "\n]\n") }
}
